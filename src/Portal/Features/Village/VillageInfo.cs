using KimHotspot.Portal.Data;
using Microsoft.EntityFrameworkCore;

namespace KimHotspot.Portal.Features.Village;

/// <summary>Reads the village's settings row (defaults when there is none yet).</summary>
public static class VillageInfo
{
    public static async Task<VillageSettings> GetAsync(PortalDb db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await db.Village.AsNoTracking().OrderBy(v => v.Id).FirstOrDefaultAsync(cancellationToken) ?? new VillageSettings();
    }
}
