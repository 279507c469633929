using KimHotspot.Portal.Data;
using KimHotspot.Portal.Features.Admin.Audit;
using KimHotspot.Portal.Features.Admin.Shared;
using KimHotspot.Portal.Features.Bulletins;
using KimHotspot.Portal.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace KimHotspot.Portal.Features.Admin.Bulletins;

/// <summary>
/// <c>/admin/buletin/baru</c> and <c>/admin/buletin/{id}/ubah</c>: write or change a bulletin, with a server-side
/// preview (no JavaScript needed) and one picture. City-wide bulletins are shown read-only.
/// </summary>
// Twice the picture limit: a photo a little too large still reaches UploadedImage and gets a clear message.
[RequestSizeLimit(2 * UploadedImage.MaxUploadBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = 2 * UploadedImage.MaxUploadBytes)]
public sealed class EditModel(
    PortalDb db, AuditLog audit, BulletinImages images, PublicContent content, TimeProvider time,
    IStringLocalizer<SharedResource> t, ILogger<EditModel> logger) : PageModel
{
    [BindProperty]
    public BulletinForm Input { get; set; } = new();

    /// <summary>A new picture, when one was chosen.</summary>
    [BindProperty]
    public IFormFile? Image { get; set; }

    /// <summary>The stored bulletin (null while writing a new one).</summary>
    public Bulletin? Existing { get; private set; }

    /// <summary>The rendered body after "Pratinjau".</summary>
    public string? Preview { get; private set; }

    /// <summary>True when a picture was chosen for a preview: browsers do not keep it, it must be chosen again.</summary>
    public bool ImageNotKept { get; private set; }

    public TimeZoneInfo Zone => time.LocalTimeZone;

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } missing)
        {
            return missing;
        }

        Input = Existing is null ? new BulletinForm() : BulletinForm.From(Existing, Zone);
        return Page();
    }

    public async Task<IActionResult> OnPostPreviewAsync(int? id, CancellationToken cancellationToken)
    {
        if ((await LoadAsync(id, cancellationToken) ?? RefuseCityWide()) is { } refused)
        {
            return refused;
        }

        AddErrors(Input.Validate(Zone, out _, out _));
        Preview = BulletinText.Render(Input.NormalizedBody);
        ImageNotKept = Image is { Length: > 0 };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id, CancellationToken cancellationToken)
    {
        if ((await LoadAsync(id, cancellationToken) ?? RefuseCityWide()) is { } refused)
        {
            return refused;
        }

        AddErrors(Input.Validate(Zone, out var starts, out var ends));
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var upload = await images.SaveAsync(Image, cancellationToken);
        if (upload.Error is not null)
        {
            Log.BulletinImageRefused(logger, upload.Error);
            ModelState.AddModelError(nameof(Image), t[upload.Error]);
            return Page();
        }

        try
        {
            var bulletin = await SaveAsync(upload.FileName, starts, ends, cancellationToken);
            TempData["Done"] = Existing is null ? t["Pengumuman disimpan."].Value : t["Perubahan disimpan."].Value;
            return Redirect("~/admin/buletin?tab=" + BulletinTabs.Slug(BulletinTabs.Of(bulletin, time.GetUtcNow())));
        }
        catch
        {
            images.Delete(upload.FileName);
            throw;
        }
    }

    private async Task<Bulletin> SaveAsync(string? newImage, DateTimeOffset? starts, DateTimeOffset? ends, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var actor = User.Identity?.Name ?? string.Empty;
        var bulletin = Existing ?? new Bulletin { CreatedAt = now, Author = actor };
        var before = Existing is null ? null : BulletinAudit.Snapshot(Existing);
        var oldImage = bulletin.ImageFile;
        Input.ApplyTo(bulletin, starts, ends);
        bulletin.ImageFile = newImage ?? (Input.RemoveImage ? null : oldImage);
        if (Existing is null)
        {
            // The new row's id names the audit target: save it, then the entry, in one transaction.
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            db.Bulletins.Add(bulletin);
            await db.SaveChangesAsync(cancellationToken);
            audit.Add(db, "bulletin.create", BulletinAudit.Target(bulletin), null, BulletinAudit.Snapshot(bulletin));
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            content.Invalidate(); // the interceptor dropped the copy before the commit; drop any copy read since
        }
        else
        {
            bulletin.UpdatedAt = now;
            audit.Add(db, "bulletin.update", BulletinAudit.Target(bulletin), before, BulletinAudit.Snapshot(bulletin));
            await db.SaveChangesAsync(cancellationToken);
        }

        if (oldImage is not null && oldImage != bulletin.ImageFile)
        {
            images.Delete(oldImage);
        }

        Log.BulletinChanged(logger, bulletin.Id, Existing is null ? "created" : "updated", actor);
        return bulletin;
    }

    /// <summary>Loads the bulletin of <paramref name="id"/>; a result (404) when it does not exist.</summary>
    private async Task<IActionResult?> LoadAsync(int? id, CancellationToken cancellationToken)
    {
        if (id is null)
        {
            return null;
        }

        Existing = await db.Bulletins.FindAsync([id.Value], cancellationToken);
        return Existing is null ? NotFound() : null;
    }

    private ForbidResult? RefuseCityWide() => Existing is { CityWide: true } ? Forbid() : null;

    private void AddErrors(List<(string Field, string Error)> errors)
    {
        foreach (var (field, error) in errors)
        {
            ModelState.AddModelError($"{nameof(Input)}.{field}", t[error]);
        }
    }
}
