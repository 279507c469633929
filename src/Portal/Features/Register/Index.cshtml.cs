using KimHotspot.Portal.Data;
using KimHotspot.Portal.Features.Login;
using KimHotspot.Portal.Features.Members;
using KimHotspot.Portal.Features.Village;
using KimHotspot.Portal.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace KimHotspot.Portal.Features.Register;

/// <summary>Registration (<c>/daftar</c>): a new member waits for a KIM admin, or gets the limited tier at once (auto-approval).</summary>
public sealed class IndexModel(
    PortalDb db, LoginAttempts attempts, MemberRegistration registration, IStringLocalizer<SharedResource> t, ILogger<IndexModel> logger)
    : ResidentPage
{
    [BindProperty]
    public RegistrationForm Form { get; set; } = new();

    public Dictionary<string, string> Errors { get; } = [];

    public PrivacyNotice? Notice { get; private set; }

    /// <summary>Set after a successful registration.</summary>
    public Member? Registered { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? noticeVersion)
    {
        await LoadAsync();
        if (Notice is not null && noticeVersion is { } shown && shown != Notice.Version)
        {
            // The notice changed while the form was open: consent counts only for the version the resident saw.
            Form.Consent = false;
            Errors[nameof(Form.Consent)] = t["Pemberitahuan privasi baru saja diperbarui. Baca versi terbaru, lalu centang dan kirim lagi."];
            return Show(t["Periksa lagi isian yang ditandai."]);
        }

        var result = await registration.RegisterAsync(Form, Notice, HttpContext.RequestAborted);
        foreach (var (field, message) in result.Errors)
        {
            Errors[field] = t[message];
        }

        if (result.Member is not { } member)
        {
            return Show(t["Periksa lagi isian yang ditandai."]);
        }

        Registered = member;
        MessageIsGood = true;
        Log.MemberRegistered(logger, member.Id, member.Status.ToString());
        return Show(member.Status == MemberStatus.Active
            ? t["Pendaftaran berhasil dan akun Anda sudah aktif. Silakan masuk."]
            : t["Pendaftaran berhasil. Akun Anda menunggu persetujuan admin KIM."]);
    }

    private async Task LoadAsync()
    {
        await LoadAttemptAsync(attempts);
        Notice = await db.PrivacyNotices.AsNoTracking().OrderByDescending(n => n.Version).FirstOrDefaultAsync(HttpContext.RequestAborted);
    }
}
