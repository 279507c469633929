using KimHotspot.Central.Bulletins;
using KimHotspot.Central.Data;
using KimHotspot.Central.History;
using KimHotspot.Central.Localization;
using KimHotspot.Central.Sites;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace KimHotspot.Central.Features.Bulletins;

/// <summary>
/// <c>/pengumuman/baru</c> and <c>/pengumuman/{id}/ubah</c> (operators and admins): write, edit and withdraw a
/// city-wide bulletin. Every save is a new revision the Portals pick up at their next pull.
/// </summary>
public sealed class EditModel(CentralDb db, BulletinChanges changes, TimeBuckets buckets, TimeProvider time, IStringLocalizer<SharedResource> t)
    : PageModel
{
    [BindProperty]
    public BulletinForm Form { get; set; } = new();

    public CityBulletin? Existing { get; private set; }

    public IReadOnlyList<Site> Sites { get; private set; } = [];

    public IReadOnlyList<string> KecamatanNames { get; private set; } = [];

    public IReadOnlyDictionary<string, string> Problems { get; private set; } = new Dictionary<string, string>();

    public TimeZoneInfo Zone => buckets.Zone;

    private string Actor => User.Identity?.Name ?? "?";

    public async Task<IActionResult> OnGetAsync(long? id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Form = Existing is { } b
            ? BulletinForm.From(b, Zone)
            : new BulletinForm { PublishAt = BulletinForm.Local(time.GetUtcNow(), Zone) };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long? id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken) || Existing is { WithdrawnAt: not null })
        {
            return NotFound();
        }

        var bulletin = Existing ?? new CityBulletin { Title = "", Body = "", CreatedBy = Actor };
        var problems = Form.Check(t, Zone, Sites.Select(s => s.Id).ToHashSet(StringComparer.Ordinal), bulletin);
        if (problems.Count > 0)
        {
            Problems = problems;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        await changes.SaveAsync(bulletin, Actor, Existing is null ? "bulletin.create" : "bulletin.edit", cancellationToken);
        TempData["Done"] = t["Pengumuman \"{0}\" disimpan.", bulletin.Title].Value;
        return Redirect(BulletinsFeature.ListPath);
    }

    public async Task<IActionResult> OnPostWithdrawAsync(long? id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken) || Existing is not { WithdrawnAt: null } bulletin)
        {
            return NotFound();
        }

        bulletin.WithdrawnAt = time.GetUtcNow();
        await changes.SaveAsync(bulletin, Actor, "bulletin.withdraw", cancellationToken);
        TempData["Done"] = t["Pengumuman \"{0}\" ditarik.", bulletin.Title].Value;
        return Redirect(BulletinsFeature.ListPath);
    }

    private async Task<bool> LoadAsync(long? id, CancellationToken ct)
    {
        if (id is { } existing && (Existing = await db.CityBulletins.FindAsync([existing], ct)) is null)
        {
            return false;
        }

        Sites = await db.Sites.AsNoTracking().Where(s => !s.Archived).OrderBy(s => s.Kecamatan).ThenBy(s => s.Name).ToListAsync(ct);
        KecamatanNames = [.. Sites.Select(s => s.Kecamatan).Where(k => k.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal)];
        return true;
    }
}
