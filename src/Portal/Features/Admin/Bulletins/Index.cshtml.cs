using KimHotspot.Portal.Data;
using KimHotspot.Portal.Features.Admin.Audit;
using KimHotspot.Portal.Features.Bulletins;
using KimHotspot.Portal.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace KimHotspot.Portal.Features.Admin.Bulletins;

/// <summary><c>/admin/buletin</c>: bulletins by tab (live, scheduled, ended, archived), pinned first, searchable, paged.</summary>
public sealed class IndexModel(PortalDb db, AuditLog audit, TimeProvider time, IStringLocalizer<SharedResource> t, ILogger<IndexModel> logger)
    : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true, Name = "tab")]
    public string? TabSlug { get; set; }

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    [BindProperty(SupportsGet = true, Name = "hal")]
    public int PageNumber { get; set; } = 1;

    public BulletinTab Tab => BulletinTabs.Parse(TabSlug);

    public IReadOnlyList<Bulletin> Bulletins { get; private set; } = [];

    public IReadOnlyDictionary<BulletinTab, int> Counts { get; private set; } = new Dictionary<BulletinTab, int>();

    public int Total { get; private set; }

    public TimeZoneInfo Zone => time.LocalTimeZone;

    public DateTimeOffset Now { get; } = time.GetUtcNow();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var searched = Search(db.Bulletins.AsNoTracking(), Query);
        var counts = new Dictionary<BulletinTab, int>();
        foreach (var tab in BulletinTabs.All)
        {
            counts[tab] = await BulletinTabs.Where(searched, tab, Now).CountAsync(cancellationToken);
        }

        Counts = counts;
        Total = counts[Tab];
        PageNumber = Math.Clamp(PageNumber, 1, Math.Max(1, (Total + PageSize - 1) / PageSize));
        Bulletins = await BulletinTabs.Where(searched, Tab, Now)
            .OrderByDescending(b => b.Pinned)
            .ThenByDescending(b => b.Id)
            .Skip((PageNumber - 1) * PageSize)
            .Take(PageSize)
            .ToListAsync(cancellationToken);
    }

    public Task<IActionResult> OnPostArchiveAsync(int id, CancellationToken cancellationToken) =>
        SetArchivedAsync(id, archive: true, cancellationToken);

    public Task<IActionResult> OnPostRestoreAsync(int id, CancellationToken cancellationToken) =>
        SetArchivedAsync(id, archive: false, cancellationToken);

    /// <summary>This page's URL with other values for the tab, the page number (and the same search).</summary>
    public string Link(BulletinTab tab, int page = 1)
    {
        var url = Request.PathBase + "/admin/buletin?tab=" + BulletinTabs.Slug(tab);
        if (!string.IsNullOrWhiteSpace(Query))
        {
            url += "&q=" + Uri.EscapeDataString(Query);
        }

        return page > 1 ? url + "&hal=" + page.ToString(System.Globalization.CultureInfo.InvariantCulture) : url;
    }

    private async Task<IActionResult> SetArchivedAsync(int id, bool archive, CancellationToken cancellationToken)
    {
        var bulletin = await db.Bulletins.FindAsync([id], cancellationToken);
        if (bulletin is null)
        {
            return NotFound();
        }

        if (bulletin.CityWide)
        {
            return Forbid();
        }

        if ((bulletin.ArchivedAt is not null) != archive)
        {
            var before = BulletinAudit.Snapshot(bulletin);
            bulletin.ArchivedAt = archive ? time.GetUtcNow() : null;
            audit.Add(db, archive ? "bulletin.archive" : "bulletin.restore", BulletinAudit.Target(bulletin), before, BulletinAudit.Snapshot(bulletin));
            await db.SaveChangesAsync(cancellationToken);
            Log.BulletinChanged(logger, bulletin.Id, archive ? "archived" : "restored", User.Identity?.Name ?? string.Empty);
        }

        TempData["Done"] = archive ? t["Pengumuman diarsipkan."].Value : t["Pengumuman dipulihkan."].Value;
        return Redirect(Link(archive ? BulletinTab.Archived : BulletinTabs.Of(bulletin, time.GetUtcNow())));
    }

    private static IQueryable<Bulletin> Search(IQueryable<Bulletin> bulletins, string? query)
    {
        if (string.IsNullOrWhiteSpace(query))
        {
            return bulletins;
        }

        var pattern = "%" + query.Trim().Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";
        return bulletins.Where(b => EF.Functions.Like(b.Title, pattern, "\\") || EF.Functions.Like(b.Body, pattern, "\\"));
    }
}
