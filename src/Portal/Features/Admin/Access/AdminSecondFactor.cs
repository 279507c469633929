using KimHotspot.Portal.Data;
using Microsoft.EntityFrameworkCore;

namespace KimHotspot.Portal.Features.Admin.Access;

/// <summary>
/// The sign-in step after the right password for accounts with TOTP: checks the ticket from the password step
/// and the code. Wrong codes count toward the same lockout as wrong passwords; each code works once.
/// </summary>
public sealed class AdminSecondFactor(PortalDb db, AdminProtector protector, TimeProvider time)
{
    public async Task<(AdminCodeCheck Result, AdminAccount? Account)> CheckAsync(string? ticket, string? code, CancellationToken cancellationToken)
    {
        if (protector.ReadTicket(ticket) is not var (id, stamp))
        {
            return (AdminCodeCheck.Expired, null);
        }

        var account = await db.AdminAccounts.FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (account is null || account.SecurityStamp != stamp)
        {
            return (AdminCodeCheck.Expired, null);
        }

        var now = time.GetUtcNow();
        if (account.DisabledAt is not null)
        {
            return (AdminCodeCheck.Disabled, account);
        }

        if (account.LockedUntil > now)
        {
            return (AdminCodeCheck.LockedOut, account);
        }

        var key = protector.UnprotectSecret(account.TotpSecret);
        var step = key is null ? null : Totp.Match(key, code, now, account.TotpLastStep);
        if (step is null)
        {
            var lockedNow = AdminSignIn.CountFailure(account, now);
            await db.SaveChangesAsync(cancellationToken);
            return (lockedNow ? AdminCodeCheck.LockedOut : AdminCodeCheck.Wrong, account);
        }

        // Claimed in one statement, so two requests racing with the same code cannot both win.
        var used = step.Value;
        var claimed = await db.AdminAccounts
            .Where(a => a.Id == account.Id && a.TotpLastStep < used)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.TotpLastStep, used).SetProperty(a => a.FailedLogins, 0), cancellationToken);
        if (claimed == 0)
        {
            return (AdminCodeCheck.Wrong, account);
        }

        await db.Entry(account).ReloadAsync(cancellationToken);
        return (AdminCodeCheck.Ok, account);
    }
}

/// <summary>Outcome of a second-factor code check.</summary>
public enum AdminCodeCheck
{
    Ok,
    Wrong,
    LockedOut,
    Disabled,

    /// <summary>The ticket is forged, expired, or the account changed since the password step: start again.</summary>
    Expired,
}
