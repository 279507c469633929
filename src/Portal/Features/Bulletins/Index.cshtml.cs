using KimHotspot.Portal.Data;
using KimHotspot.Portal.Features.Village;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KimHotspot.Portal.Features.Bulletins;

/// <summary><c>/pengumuman</c>: the public bulletins (the RFC 8908 venue-info page); no login needed.</summary>
public sealed class IndexModel(PortalDb db, TimeProvider time) : PageModel
{
    public VillageSettings Village { get; private set; } = new();

    public IReadOnlyList<Bulletin> Bulletins { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Village = await VillageInfo.GetAsync(db, cancellationToken);
        Bulletins = await BulletinQueries.ActiveAsync(db, time, includeMembers: false, cancellationToken);
    }
}
