using KimHotspot.Portal.Data;
using KimHotspot.Portal.Features.Admin.Audit;
using KimHotspot.Portal.Features.Admin.Shared;
using KimHotspot.Portal.Features.Bulletins;
using KimHotspot.Portal.Features.Members;
using KimHotspot.Portal.Features.Village;
using KimHotspot.Portal.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace KimHotspot.Portal.Features.Admin.Settings;

/// <summary>
/// <c>/admin/pengaturan</c>: names, trial policy, auto-approval, retention periods, the logo and "Jalankan sekarang"
/// for the retention purge. Every change is audited; residents see it at once (saving the village row drops the
/// in-memory <see cref="PublicContent"/>).
/// </summary>
public sealed class IndexModel(
    PortalDb db, AuditLog audit, RetentionJob retention, IOptions<PortalDataOptions> data, IStringLocalizer<SharedResource> t,
    ILogger<IndexModel> logger) : PageModel
{
    public const int LogoMaxWidth = 256;

    [BindProperty]
    public SettingsForm Form { get; set; } = new();

    /// <summary>Field name → message (already localized).</summary>
    public Dictionary<string, string> Errors { get; } = new(StringComparer.Ordinal);

    public IReadOnlyList<Tier> TierList { get; private set; } = [];

    public string? LogoFile { get; private set; }

    private string ImagesDirectory => Path.Combine(data.Value.DataDirectory, "images");

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var village = await LoadAsync(cancellationToken);
        Form = SettingsForm.From(village);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var village = await LoadAsync(cancellationToken);
        foreach (var (field, key) in Form.Validate([.. TierList.Select(x => x.Id)]))
        {
            Errors[field] = t[key];
        }

        if (Errors.Count > 0)
        {
            return Page();
        }

        var before = SettingsForm.Snapshot(village);
        Form.ApplyTo(village);
        audit.Add(db, "settings.update", $"village:{village.Id}", before, SettingsForm.Snapshot(village));
        await db.SaveChangesAsync(cancellationToken);
        Log.SettingsSaved(logger);
        TempData["Done"] = t["Pengaturan disimpan."].Value;
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostLogoAsync(IFormFile? logo, CancellationToken cancellationToken)
    {
        var village = await LoadAsync(cancellationToken);
        Form = SettingsForm.From(village);
        var saved = await UploadedImage.SaveAsync(logo, ImagesDirectory, LogoMaxWidth, cancellationToken);
        if (saved.FileName is not { } name)
        {
            Errors["Logo"] = t[saved.Error ?? "Pilih berkas gambar logo dulu."];
            return Page();
        }

        return await SetLogoAsync(village, name, "settings.logo", t["Logo disimpan."], cancellationToken);
    }

    public async Task<IActionResult> OnPostRemoveLogoAsync(bool confirm, CancellationToken cancellationToken)
    {
        var village = await LoadAsync(cancellationToken);
        Form = SettingsForm.From(village);
        if (village.LogoFile is null)
        {
            return RedirectToPage();
        }

        if (!confirm)
        {
            Errors["RemoveLogo"] = t["Centang \"Ya, hapus logo\" dulu."];
            return Page();
        }

        return await SetLogoAsync(village, null, "settings.logo.remove", t["Logo dihapus."], cancellationToken);
    }

    public async Task<IActionResult> OnPostRetentionAsync(bool confirm, CancellationToken cancellationToken)
    {
        if (!confirm)
        {
            Form = SettingsForm.From(await LoadAsync(cancellationToken));
            Errors["Retention"] = t["Centang \"Ya, hapus data lama sekarang\" dulu."];
            return Page();
        }

        var c = await retention.RunOnceAsync(User.Identity?.Name ?? "admin", cancellationToken);
        TempData["Done"] = t["Pembersihan selesai: {0} riwayat sesi, {1} catatan uji coba, {2} perangkat diingat, {3} anggota dan {4} catatan audit dihapus.",
            c.SessionRecords, c.TrialUsages, c.RememberedDevices, c.Members, c.AuditEntries].Value
            + (c.MembersDeferred > 0 ? " " + t["{0} anggota menunggu router bisa dihubungi (dicoba lagi nanti malam).", c.MembersDeferred].Value : string.Empty);
        return RedirectToPage();
    }

    private async Task<IActionResult> SetLogoAsync(VillageSettings village, string? name, string action, string done, CancellationToken cancellationToken)
    {
        string? old = village.LogoFile;
        village.LogoFile = name;
        audit.Add(db, action, $"village:{village.Id}", new { logo = old }, new { logo = name });
        await db.SaveChangesAsync(cancellationToken);
        Log.LogoChanged(logger);
        DeleteImage(old);
        TempData["Done"] = done;
        return RedirectToPage();
    }

    private void DeleteImage(string? name)
    {
        if (!BulletinText.IsImageName(name))
        {
            return;
        }

        try
        {
            System.IO.File.Delete(Path.Combine(ImagesDirectory, name!));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Log.LogoDeleteFailed(logger, e);
        }
    }

    private async Task<VillageSettings> LoadAsync(CancellationToken cancellationToken)
    {
        TierList = await db.Tiers.AsNoTracking().OrderBy(x => x.Name).ToListAsync(cancellationToken);
        var village = await db.Village.OrderBy(v => v.Id).FirstOrDefaultAsync(cancellationToken);
        if (village is null)
        {
            village = new VillageSettings();
            db.Village.Add(village);
        }

        LogoFile = village.LogoFile;
        return village;
    }
}
