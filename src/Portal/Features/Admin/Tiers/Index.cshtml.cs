using KimHotspot.Portal.Data;
using KimHotspot.Portal.Features.Admin.Audit;
using KimHotspot.Portal.Features.Members;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace KimHotspot.Portal.Features.Admin.Tiers;

/// <summary><c>/admin/paket</c>: the tiers, how many members use each, and "Sinkronkan ke router" for all of them.</summary>
public sealed class IndexModel(PortalDb db, TierSync sync, AuditLog audit) : PageModel
{
    public IReadOnlyList<Tier> Tiers { get; private set; } = [];

    public IReadOnlyDictionary<int, int> MemberCounts { get; private set; } = new Dictionary<int, int>();

    /// <summary>Per-tier results after a sync (null before).</summary>
    public IReadOnlyList<TierSyncResult>? Results { get; private set; }

    public Task OnGetAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    public async Task OnPostSyncAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        var results = new List<TierSyncResult>();
        foreach (var tier in Tiers)
        {
            results.Add(await sync.SyncAsync(tier, cancellationToken));
        }

        Results = results;
        audit.Add(db, "tier.sync", "tiers", after: results.Select(r => new { r.Profile, r.Ok }).ToList());
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Tiers = await db.Tiers.AsNoTracking().OrderBy(t => t.Name).ToListAsync(cancellationToken);
        MemberCounts = await db.Members.Where(m => m.TierId != null).GroupBy(m => m.TierId!.Value)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
    }
}
