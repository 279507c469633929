using KimHotspot.Portal.Data;
using KimHotspot.Portal.Features.Login;
using KimHotspot.Portal.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace KimHotspot.Portal.Features.Members;

/// <summary>Member login: password (with "ingat perangkat ini"), or one tap on a remembered device.</summary>
public sealed class SignInModel(
    PortalDb db,
    LoginAttempts attempts,
    MemberSignIn signIn,
    MemberAccounts accounts,
    RememberedDevices remembered,
    DeviceLogin deviceLogin,
    TimeProvider time,
    IStringLocalizer<SharedResource> t,
    ILogger<SignInModel> logger) : ResidentPage
{
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

    private async Task<IActionResult> GoOnlineAsync(Member member, string method, bool remember)
    {
        var ct = HttpContext.RequestAborted;
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
