using KimHotspot.Central.Data;
using KimHotspot.Central.Localization;
using KimHotspot.Central.Operators;
using KimHotspot.Central.Proxy;
using KimHotspot.Central.Sites;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace KimHotspot.Central.Features.Admin.Sites;

/// <summary><c>/admin/situs/baru</c> (admins): registers a village; next stop is its keys page.</summary>
[Authorize(Policy = OperatorPolicies.Admin)]
public sealed class NewModel(CentralDb db, RegistryChanges registry, TimeProvider time, IStringLocalizer<SharedResource> t, ILogger<NewModel> logger) : PageModel
{
    [BindProperty]
    public SiteForm Form { get; set; } = new();

    public IReadOnlyDictionary<string, string> Problems { get; private set; } = new Dictionary<string, string>();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var problems = Form.Check(t, checkId: true);
        var id = SiteCode.Normalize(Form.Id);
        if (problems.Count == 0 && await db.Sites.AnyAsync(s => s.Id == id, cancellationToken))
        {
            problems[nameof(SiteForm.Id)] = t["Kode situs {0} sudah terdaftar.", id].Value;
        }

        if (problems.Count > 0)
        {
            Problems = problems;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var site = new Site { Id = id, Name = "", CreatedAt = time.GetUtcNow() };
        Form.ApplyTo(site);
        db.Sites.Add(site);
        var actor = User.Identity?.Name ?? "?";
        OperatorAudit.Add(db, time, actor, "site.create", "site:" + id, new { site.Name, site.Kecamatan, site.PortalUrl });
        await db.SaveChangesAsync(cancellationToken);
        registry.Notify(); // the gateway's routes follow at once
        Log.SiteChanged(logger, id, actor, "site.create");
        TempData["Done"] = t["Situs {0} terdaftar. Buat kuncinya untuk agen situs.", site.Name].Value;
        return Redirect(SitePaths.Keys(id));
    }
}
