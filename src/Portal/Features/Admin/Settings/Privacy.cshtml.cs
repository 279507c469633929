using KimHotspot.Portal.Data;
using KimHotspot.Portal.Features.Admin.Audit;
using KimHotspot.Portal.Features.Village;
using KimHotspot.Portal.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace KimHotspot.Portal.Features.Admin.Settings;

/// <summary>
/// <c>/admin/pengaturan/privasi</c>: the privacy notice. Saving a changed text publishes a new version (old versions
/// are never edited); members who consented to an older version are asked again at their next login.
/// </summary>
public sealed class PrivacyModel(PortalDb db, AuditLog audit, TimeProvider time, IStringLocalizer<SharedResource> t, ILogger<PrivacyModel> logger)
    : PageModel
{
    public const int MaxLength = 4000;

    [BindProperty]
    public string? Text { get; set; }

    public string? Error { get; private set; }

    /// <summary>Every version, newest first.</summary>
    public IReadOnlyList<PrivacyNotice> History { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        Text = History.Count > 0 ? History[0].Text : string.Empty;
    }

    public async Task<IActionResult> OnPostAsync(bool confirm, CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        string text = (Text ?? string.Empty).Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
        var latest = History.Count > 0 ? History[0] : null;
        if (text.Length is < 20 or > MaxLength)
        {
            Error = t["Teks pemberitahuan harus 20 sampai {0} huruf.", MaxLength];
            return Page();
        }

        if (latest is not null && text == latest.Text)
        {
            TempData["Done"] = t["Teks tidak berubah; tidak ada versi baru."].Value;
            return RedirectToPage();
        }

        if (!confirm)
        {
            Error = t["Centang \"Terbitkan sebagai versi baru\" dulu: semua anggota akan diminta menyetujuinya lagi saat masuk."];
            return Page();
        }

        var notice = new PrivacyNotice { Version = (latest?.Version ?? 0) + 1, Text = text, PublishedAt = time.GetUtcNow() };
        db.PrivacyNotices.Add(notice);
        audit.Add(db, "privacy.publish", $"privacy-notice:{notice.Version}",
            latest is null ? null : new { version = latest.Version, length = latest.Text.Length },
            new { version = notice.Version, length = notice.Text.Length });
        await db.SaveChangesAsync(cancellationToken);
        Log.NoticePublished(logger, notice.Version, notice.Text.Length);
        TempData["Done"] = t["Pemberitahuan privasi versi {0} diterbitkan.", notice.Version].Value;
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken cancellationToken) =>
        History = await db.PrivacyNotices.AsNoTracking().OrderByDescending(n => n.Version).ToListAsync(cancellationToken);
}
