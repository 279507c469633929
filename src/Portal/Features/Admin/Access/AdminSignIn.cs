using System.Security.Claims;
using KimHotspot.Portal.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace KimHotspot.Portal.Features.Admin.Access;

/// <summary>Password check with lockout, and the sign-in cookie, for admin accounts.</summary>
public sealed class AdminSignIn(PortalDb db, IPasswordHasher<AdminAccount> hasher, TimeProvider time)
{
    /// <summary>Failed passwords in a row before the account is locked.</summary>
    public const int MaxFailures = 5;

    /// <summary>How long a lockout lasts.</summary>
    public static readonly TimeSpan LockoutTime = TimeSpan.FromMinutes(15);

    /// <summary>
    /// Checks a password. Unknown names, wrong passwords and locked or disabled accounts each get their own
    /// result, but callers show unknown and wrong the same way. A success resets the failure count.
    /// </summary>
    public async Task<(AdminPasswordCheck Result, AdminAccount? Account)> CheckPasswordAsync(
        string? username, string? password, CancellationToken cancellationToken)
    {
        var name = (username ?? string.Empty).Trim().ToLowerInvariant();
        var account = await db.AdminAccounts.FirstOrDefaultAsync(a => a.Username == name, cancellationToken);
        if (account is null || string.IsNullOrEmpty(password))
        {
            return (AdminPasswordCheck.Wrong, null);
        }

        var now = time.GetUtcNow();
        if (account.DisabledAt is not null)
        {
            return (AdminPasswordCheck.Disabled, account);
        }

        if (account.LockedUntil > now)
        {
            return (AdminPasswordCheck.LockedOut, account);
        }

        var verdict = hasher.VerifyHashedPassword(account, account.PasswordHash, password);
        if (verdict == PasswordVerificationResult.Failed)
        {
            var lockedNow = CountFailure(account, now);
            await db.SaveChangesAsync(cancellationToken);
            return (lockedNow ? AdminPasswordCheck.LockedOut : AdminPasswordCheck.Wrong, account);
        }

        if (verdict == PasswordVerificationResult.SuccessRehashNeeded)
        {
            account.PasswordHash = hasher.HashPassword(account, password);
        }

        account.FailedLogins = 0;
        account.LockedUntil = null;
        await db.SaveChangesAsync(cancellationToken);
        return (account.TotpSecret is null ? AdminPasswordCheck.Ok : AdminPasswordCheck.NeedsSecondFactor, account);
    }

    /// <summary>Issues the admin cookie for <paramref name="account"/> and notes the time of the sign-in.</summary>
    public async Task SignInAsync(HttpContext context, AdminAccount account, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(account);
        account.LastLoginAt = time.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        await RefreshCookieAsync(context, account);
    }

    /// <summary>
    /// Issues a fresh cookie for the signed-in <paramref name="account"/> after its stamp, role or name changed
    /// (its own password or second factor), so the admin who made the change stays signed in.
    /// </summary>
    public static async Task RefreshCookieAsync(HttpContext context, AdminAccount account)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(account);
        var identity = new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, account.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                new Claim(ClaimTypes.Name, account.Username),
                new Claim(ClaimTypes.GivenName, account.DisplayName),
                new Claim(ClaimTypes.Role, account.Role.ToString()),
                new Claim(AdminPolicies.StampClaim, account.SecurityStamp),
            ],
            AdminPolicies.Scheme);
        await context.SignInAsync(AdminPolicies.Scheme, new ClaimsPrincipal(identity));
    }

    /// <summary>
    /// Counts one failed password or second-factor code; the <see cref="MaxFailures"/>th in a row locks the
    /// account for <see cref="LockoutTime"/>. True when this failure locked it. The caller saves.
    /// </summary>
    internal static bool CountFailure(AdminAccount account, DateTimeOffset now)
    {
        account.FailedLogins++;
        if (account.FailedLogins < MaxFailures)
        {
            return false;
        }

        account.LockedUntil = now + LockoutTime;
        account.FailedLogins = 0;
        return true;
    }
}

/// <summary>Outcome of an admin password check.</summary>
public enum AdminPasswordCheck
{
    Ok,
    NeedsSecondFactor,
    Wrong,
    LockedOut,
    Disabled,
}
