using KimHotspot.Central.Data;
using KimHotspot.Central.Sites;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace KimHotspot.Central.Features.Admin.Sites;

/// <summary><c>/admin/situs</c> (every operator): the registry; <c>?arsip=1</c> lists the archived sites instead.</summary>
public sealed class IndexModel(CentralDb db, TimeProvider time) : PageModel
{
    public sealed record Row(Site Site, int ActiveKeys);

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public bool ShowArchived { get; private set; }

    public async Task OnGetAsync(int? arsip, CancellationToken cancellationToken)
    {
        ShowArchived = arsip == 1;
        var now = time.GetUtcNow();
        var sites = await db.Sites.AsNoTracking().Include(s => s.Keys)
            .Where(s => s.Archived == ShowArchived)
            .OrderBy(s => s.Kecamatan).ThenBy(s => s.Name)
            .ToListAsync(cancellationToken);
        Rows = [.. sites.Select(s => new Row(s, s.Keys.Count(k => k.IsActive(now))))];
    }
}
