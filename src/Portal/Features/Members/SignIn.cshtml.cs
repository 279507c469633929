using KimHotspot.Portal.Data;
using KimHotspot.Portal.Features.Login;
using KimHotspot.Portal.Features.Village;
using KimHotspot.Portal.Localization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace KimHotspot.Portal.Features.Members;

/// <summary>
/// Member login: password (with "ingat perangkat ini"), or one tap on a remembered device. A member who has not yet
/// accepted the latest privacy notice sees it first (<see cref="MemberConsent"/>) and goes online only after accepting.
/// </summary>
public sealed class SignInModel(
    PortalDb db,
    LoginAttempts attempts,
    MemberSignIn signIn,
    MemberAccounts accounts,
    RememberedDevices remembered,
    DeviceLogin deviceLogin,
    TimeProvider time,
    IDataProtectionProvider protection,
    IStringLocalizer<SharedResource> t,
    ILogger<SignInModel> logger) : ResidentPage
{
    /// <summary>Set when the member must accept this notice before going online (the consent step is shown).</summary>
    public PrivacyNotice? ConsentNotice { get; private set; }

    /// <summary>The sealed <see cref="ConsentTicket"/> the consent form posts back.</summary>
    public string? ConsentTicketText { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        await LoadAttemptAsync(attempts);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? login, string? password, bool remember)
    {
        if (!await LoadAttemptAsync(attempts))
        {
            return Page();
        }

        var check = await signIn.CheckAsync(Attempt!, login, password, HttpContext.RequestAborted);
        if (check.Member is not { } member)
        {
            Log.MemberLoginRefused(logger, Attempt!.Id);
            return Show(check.Message!);
        }

        return await GoOnlineAsync(member, "member", remember);
    }

    public async Task<IActionResult> OnPostRememberedAsync()
    {
        if (!await LoadAttemptAsync(attempts))
        {
            return Page();
        }

        var device = await remembered.FindAsync(Attempt!, HttpContext, HttpContext.RequestAborted);
        if (device?.Member is not { } member)
        {
            Log.RememberedDeviceRefused(logger, Attempt!.Id);
            return Show(t["Perangkat ini tidak dikenali lagi. Silakan masuk dengan nomor HP dan kata sandi."]);
        }

        if (signIn.StateMessage(member, time.GetUtcNow()) is { } refused)
        {
            return Show(refused);
        }

        device.LastUsedAt = time.GetUtcNow();
        return await GoOnlineAsync(member, "remembered", remember: false);
    }

    /// <summary>The consent step's answer: accept → consent recorded, then online; decline → stays offline.</summary>
    public async Task<IActionResult> OnPostConsentAsync(string? ticket, string? decision)
    {
        if (!await LoadAttemptAsync(attempts))
        {
            return Page();
        }

        var ct = HttpContext.RequestAborted;
        var now = time.GetUtcNow();
        var paused = MemberConsent.Open(MemberConsent.Protector(protection), ticket, now);
        var member = paused is not null && paused.AttemptId == Attempt!.Id
            ? await db.Members.Include(m => m.Tier).FirstOrDefaultAsync(m => m.Id == paused.MemberId, ct)
            : null;
        if (paused is null || member is null)
        {
            Log.ConsentTicketRefused(logger, Attempt!.Id);
            return Show(t["Waktu untuk menyetujui sudah habis. Silakan masuk lagi."]);
        }

        if (signIn.StateMessage(member, now) is { } refused)
        {
            return Show(refused);
        }

        var latest = await MemberConsent.LatestAsync(db, ct);
        if (decision != "accept")
        {
            Log.ConsentDeclined(logger, member.Id, paused.Version);
            return Show(t["Anda belum menyetujui pemberitahuan privasi yang baru, jadi perangkat ini belum tersambung. Masuk lagi kapan saja untuk membacanya dan menyetujuinya."]);
        }

        if (latest is not null && latest.Version != paused.Version)
        {
            return AskConsent(member, latest, paused.Method, paused.Remember); // a newer notice came out meanwhile
        }

        if (paused.Method == "remembered")
        {
            var device = await remembered.FindAsync(Attempt!, HttpContext, ct);
            if (device is null || device.MemberId != member.Id)
            {
                return Show(t["Perangkat ini tidak dikenali lagi. Silakan masuk dengan nomor HP dan kata sandi."]);
            }

            device.LastUsedAt = now;
        }

        member.ConsentVersion = paused.Version;
        member.ConsentAt = now;
        await db.SaveChangesAsync(ct);
        Log.ConsentAccepted(logger, member.Id, paused.Version);
        return await GoOnlineAsync(member, paused.Method, paused.Remember);
    }

    private PageResult AskConsent(Member member, PrivacyNotice notice, string method, bool remember)
    {
        ConsentNotice = notice;
        ConsentTicketText = MemberConsent.Seal(
            MemberConsent.Protector(protection),
            new ConsentTicket(member.Id, Attempt!.Id, method, remember, notice.Version, time.GetUtcNow()));
        return Page();
    }

    private async Task<IActionResult> GoOnlineAsync(Member member, string method, bool remember)
    {
        var ct = HttpContext.RequestAborted;
        if (await MemberConsent.LatestAsync(db, ct) is { } notice && MemberConsent.Needs(member, notice))
        {
            return AskConsent(member, notice, method, remember);
        }

        // Both ways here load the member with its tier: no second query for it.
        var tier = member.Tier is { } loaded && loaded.Id == member.TierId
            ? loaded
            : await Tiers.FindOrDefaultAsync(db, member.TierId, ct);
        RouterAccount? account;
        try
        {
            account = await accounts.BuildAsync(member, tier, ct);
        }
        catch (Exception ex) when (RouterFaults.Is(ex))
        {
            Log.RouterTroubleForMember(logger, ex, member.Id);
            return Show(t["Router Wi-Fi sedang tidak bisa dihubungi. Tunggu sebentar, lalu coba lagi."]);
        }

        if (account is null)
        {
            return Show(t["Jatah internet Anda hari ini sudah habis. Silakan coba lagi besok."]);
        }

        // A new daily baseline is kept even if the router then refuses; anything else (the remembered device's
        // last use) is saved with the completed attempt, in one write.
        db.ChangeTracker.DetectChanges();
        if (db.Entry(member).State == EntityState.Modified)
        {
            await db.SaveChangesAsync(ct);
        }

        member.LastLoginAt = time.GetUtcNow(); // saved with the completed attempt, or not at all
        var outcome = await deviceLogin.CompleteAsync(Attempt!, account, method, HttpContext, ct);
        if (outcome is not LoginOutcome.Failed)
        {
            Log.MemberOnline(logger, member.Id, method);
            if (remember)
            {
                await remembered.RememberAsync(member, Attempt!, HttpContext, ct);
            }
        }

        return Act(outcome);
    }
}
