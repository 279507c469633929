using System.Globalization;
using System.Security.Claims;
using KimHotspot.Central.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace KimHotspot.Central.Operators;

/// <summary>Password check with lockout, and the operator's sign-in cookie.</summary>
public sealed class OperatorSignIn(CentralDb db, IPasswordHasher<Operator> hasher, TimeProvider time)
{
    /// <summary>Wrong passwords in a row before the account is locked.</summary>
    public const int MaxFailures = 5;

    /// <summary>How long a lockout lasts.</summary>
    public static readonly TimeSpan LockoutTime = TimeSpan.FromMinutes(15);

    /// <summary>Checks a password; unknown names and wrong passwords give the same result. Success resets the failures.</summary>
    public async Task<(SignInCheck Result, Operator? Account)> CheckPasswordAsync(string? userName, string? password, CancellationToken cancellationToken)
    {
        var name = OperatorStore.Normalize(userName);
        var account = await db.Operators.FirstOrDefaultAsync(o => o.UserName == name, cancellationToken);
        if (account is null || string.IsNullOrEmpty(password))
        {
            return (SignInCheck.Wrong, null);
        }

        var now = time.GetUtcNow();
        if (account.Disabled)
        {
            return (SignInCheck.Disabled, account);
        }

        if (account.LockedUntil > now)
        {
            return (SignInCheck.LockedOut, account);
        }

        var verdict = hasher.VerifyHashedPassword(account, account.PasswordHash, password);
        if (verdict == PasswordVerificationResult.Failed)
        {
            var locked = ++account.FailedLogins >= MaxFailures;
            if (locked)
            {
                account.LockedUntil = now + LockoutTime;
                account.FailedLogins = 0;
            }

            await db.SaveChangesAsync(cancellationToken);
            return (locked ? SignInCheck.LockedOut : SignInCheck.Wrong, account);
        }

        if (verdict == PasswordVerificationResult.SuccessRehashNeeded)
        {
            account.PasswordHash = hasher.HashPassword(account, password);
        }

        account.FailedLogins = 0;
        account.LockedUntil = null;
        account.LastLoginAt = now;
        await db.SaveChangesAsync(cancellationToken);
        return (SignInCheck.Ok, account);
    }

    /// <summary>Issues (or renews, after the operator's own change) the sign-in cookie.</summary>
    public static Task SignInAsync(HttpContext context, Operator account)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(account);
        var identity = new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, account.Id.ToString(CultureInfo.InvariantCulture)),
                new Claim(ClaimTypes.Name, account.UserName),
                new Claim(ClaimTypes.Role, account.Role.ToString()),
                new Claim(OperatorPolicies.StampClaim, account.SecurityStamp),
            ],
            OperatorPolicies.Scheme);
        return context.SignInAsync(OperatorPolicies.Scheme, new ClaimsPrincipal(identity));
    }
}

/// <summary>Outcome of a password check.</summary>
public enum SignInCheck
{
    Ok,
    Wrong,
    LockedOut,
    Disabled,
}
