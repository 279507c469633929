using KimHotspot.Portal.Data;
using KimHotspot.Portal.Features.Admin.Audit;
using KimHotspot.Portal.Features.Bulletins;
using KimHotspot.Portal.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace KimHotspot.Portal.Features.Admin.Bulletins;

/// <summary><c>/admin/buletin/{id}/hapus</c>: asks first, then deletes a bulletin and its picture for good.</summary>
public sealed class DeleteModel(
    PortalDb db, AuditLog audit, BulletinImages images, IStringLocalizer<SharedResource> t, ILogger<DeleteModel> logger) : PageModel
{
    public Bulletin Bulletin { get; private set; } = new();

    /// <summary>The "yes, delete it" checkbox.</summary>
    [BindProperty]
    public bool Confirm { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refused)
        {
            return refused;
        }

        if (!Confirm)
        {
            ModelState.AddModelError(nameof(Confirm), t["Centang kotak ini untuk menghapus."]);
            return Page();
        }

        audit.Add(db, "bulletin.delete", BulletinAudit.Target(Bulletin), BulletinAudit.Snapshot(Bulletin));
        db.Bulletins.Remove(Bulletin);
        await db.SaveChangesAsync(cancellationToken);
        images.Delete(Bulletin.ImageFile);
        Log.BulletinChanged(logger, Bulletin.Id, "deleted", User.Identity?.Name ?? string.Empty);
        TempData["Done"] = t["Pengumuman dihapus."].Value;
        return Redirect("~/admin/buletin");
    }

    private async Task<IActionResult?> LoadAsync(int id, CancellationToken cancellationToken)
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

        Bulletin = bulletin;
        return null;
    }
}
