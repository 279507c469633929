using KimHotspot.Central.Data;
using KimHotspot.Central.Localization;
using KimHotspot.Central.Operators;
using KimHotspot.Central.Proxy;
using KimHotspot.Central.Sites;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace KimHotspot.Central.Features.Admin.Sites;

/// <summary><c>/admin/situs/{id}/ubah</c> (admins): name, place, Portal address and interval; archive and restore.</summary>
[Authorize(Policy = OperatorPolicies.Admin)]
public sealed class EditModel(
    CentralDb db, SiteKeyring keyring, RegistryChanges registry, TimeProvider time, IStringLocalizer<SharedResource> t, ILogger<EditModel> logger) : PageModel
{
    [BindProperty]
    public SiteForm Form { get; set; } = new();

    public Site Site { get; private set; } = null!;

    public IReadOnlyDictionary<string, string> Problems { get; private set; } = new Dictionary<string, string>();

    private string Actor => User.Identity?.Name ?? "?";

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        if (await db.Sites.FindAsync([id], cancellationToken) is not { } site)
        {
            return NotFound();
        }

        Site = site;
        Form = SiteForm.From(site);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id, CancellationToken cancellationToken)
    {
        if (await db.Sites.FindAsync([id], cancellationToken) is not { } site)
        {
            return NotFound();
        }

        Site = site;
        Form.Id = site.Id;
        var problems = Form.Check(t, checkId: false);
        if (problems.Count > 0)
        {
            Problems = problems;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        Form.ApplyTo(site);
        return await SaveAsync(site, "site.edit", new { site.Name, site.Kecamatan, site.PortalUrl, Interval = site.ReportInterval.TotalSeconds },
            t["Perubahan situs {0} disimpan.", site.Name], SitePaths.List, cancellationToken);
    }

    public Task<IActionResult> OnPostArchiveAsync(string id, CancellationToken cancellationToken) => SetArchivedAsync(id, true, cancellationToken);

    public Task<IActionResult> OnPostRestoreAsync(string id, CancellationToken cancellationToken) => SetArchivedAsync(id, false, cancellationToken);

    private async Task<IActionResult> SetArchivedAsync(string id, bool archived, CancellationToken cancellationToken)
    {
        if (await db.Sites.FindAsync([id], cancellationToken) is not { } site)
        {
            return NotFound();
        }

        site.Archived = archived;
        var done = archived ? t["Situs {0} diarsipkan.", site.Name] : t["Situs {0} dipulihkan dari arsip.", site.Name];
        return await SaveAsync(site, archived ? "site.archive" : "site.restore", null, done, archived ? SitePaths.List : SitePaths.Edit(id), cancellationToken);
    }

    private async Task<IActionResult> SaveAsync(Site site, string action, object? details, LocalizedString done, string next, CancellationToken cancellationToken)
    {
        OperatorAudit.Add(db, time, Actor, action, "site:" + site.Id, details);
        await db.SaveChangesAsync(cancellationToken);
        keyring.Forget(site.Id);
        registry.Notify(); // the gateway's routes follow at once
        Log.SiteChanged(logger, site.Id, Actor, action);
        TempData["Done"] = done.Value;
        return Redirect(next);
    }
}
