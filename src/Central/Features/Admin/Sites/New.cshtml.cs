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
        var actor = User.Identity?.Name ?? "?";
        var site = problems.Count == 0 ? await SiteRegistration.RegisterAsync(db, time, registry, Form, actor, cancellationToken) : null;
        if (problems.Count == 0 && site is null)
        {
            problems[nameof(SiteForm.Id)] = t["Kode situs {0} sudah terdaftar.", id].Value;
        }

        if (site is null)
        {
            Problems = problems;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        Log.SiteChanged(logger, id, actor, "site.create");
        TempData["Done"] = t["Situs {0} terdaftar. Buat kuncinya untuk agen situs.", site.Name].Value;
        return Redirect(SitePaths.Keys(id));
    }
}
