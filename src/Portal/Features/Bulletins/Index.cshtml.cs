using KimHotspot.Portal.Data;
using KimHotspot.Portal.Features.Village;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KimHotspot.Portal.Features.Bulletins;

/// <summary><c>/pengumuman</c>: the public bulletins (the RFC 8908 venue-info page); no login needed.</summary>
public sealed class IndexModel(PublicContent content) : PageModel
{
    public VillageSettings Village { get; private set; } = new();

    public IReadOnlyList<Bulletin> Bulletins { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Village = await content.VillageAsync(cancellationToken);
        Bulletins = await content.BulletinsAsync(includeMembers: false, cancellationToken);
    }
}
