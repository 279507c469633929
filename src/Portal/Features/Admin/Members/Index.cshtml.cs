using KimHotspot.Portal.Data;
using KimHotspot.Portal.Features.Members;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace KimHotspot.Portal.Features.Admin.Members;

/// <summary><c>/admin/anggota</c>: searchable, filterable members list, pending registrations first, 50 per page.</summary>
public sealed class IndexModel(PortalDb db) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    /// <summary>A <see cref="MemberStatus"/> name, or empty for all (pending first).</summary>
    [BindProperty(SupportsGet = true, Name = "status")]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<Member> Members { get; private set; } = [];

    public int Total { get; private set; }

    public int PendingCount { get; private set; }

    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        PendingCount = await db.Members.CountAsync(m => m.Status == MemberStatus.Pending, cancellationToken);
        var members = db.Members.AsNoTracking().Include(m => m.Tier).Matching(Query);
        if (Enum.TryParse<MemberStatus>(Status, ignoreCase: true, out var status) && Enum.IsDefined(status))
        {
            members = members.Where(m => m.Status == status);
        }
        else
        {
            Status = null;
        }

        Total = await members.CountAsync(cancellationToken);
        PageNumber = Math.Clamp(PageNumber, 1, PageCount);
        Members = await members
            .OrderByDescending(m => m.Status == MemberStatus.Pending)
            .ThenBy(m => m.FullName)
            .ThenBy(m => m.Id)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .ToListAsync(cancellationToken);
    }

    /// <summary>The list URL for another page, keeping search and filter.</summary>
    public string PageUrl(int page) =>
        Request.PathBase + "/admin/anggota" + QueryString.Create(new KeyValuePair<string, string?>[]
        {
            new("q", Query), new("status", Status), new("p", page.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        }).ToUriComponent();
}
