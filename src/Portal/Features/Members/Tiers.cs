using KimHotspot.Portal.Data;
using KimHotspot.Portal.Features.Village;
using Microsoft.EntityFrameworkCore;

namespace KimHotspot.Portal.Features.Members;

/// <summary>Looks up tiers and the village settings the ways in depend on.</summary>
public static class Tiers
{
    /// <summary>The tier with this id, else the default tier (the first one created), else the router's "default" profile.</summary>
    public static async Task<Tier> FindOrDefaultAsync(PortalDb db, int? id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var tier = id is { } i ? await db.Tiers.FirstOrDefaultAsync(t => t.Id == i, cancellationToken) : null;
        return tier
            ?? await db.Tiers.OrderBy(t => t.Id).FirstOrDefaultAsync(cancellationToken)
            ?? new Tier { Name = "Default", RouterProfile = "default" };
    }

    /// <summary>The village's settings row, or the defaults when none was saved yet.</summary>
    public static async Task<VillageSettings> SettingsAsync(PortalDb db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await db.Village.AsNoTracking().OrderBy(v => v.Id).FirstOrDefaultAsync(cancellationToken) ?? new VillageSettings();
    }
}
