using KimHotspot.Portal.Data;
using KimHotspot.Portal.Features.Admin.Audit;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace KimHotspot.Portal.Features.Admin.Access;

/// <summary>
/// Every change to an admin account, shared by the accounts pages, the own-account page, the first-start setup
/// and the <c>admin …</c> command line. Each change is audited (never a password or secret) and saved with its
/// audit entry. <c>actor</c> null means the signed-in admin of the current request.
/// </summary>
public sealed partial class AdminAccountStore(PortalDb db, IPasswordHasher<AdminAccount> hasher, AuditLog audit, TimeProvider time)
{
    public const int MaxDisplayName = 60;

    public static string NormalizeUsername(string? username) => (username ?? string.Empty).Trim().ToLowerInvariant();

    /// <summary>3–32 characters: a–z, 0–9, dot, dash, underscore; starting with a letter or digit.</summary>
    public static bool IsValidUsername(string username) => UsernamePattern().IsMatch(username);

    public Task<AdminAccount?> FindAsync(string? username, CancellationToken cancellationToken)
    {
        var name = NormalizeUsername(username);
        return db.AdminAccounts.FirstOrDefaultAsync(a => a.Username == name, cancellationToken);
    }

    /// <summary>Creates an account; with no <paramref name="password"/> one is generated and returned (show it once).</summary>
    public async Task<(AccountProblem Problem, AdminAccount? Account, string? Password)> CreateAsync(
        string? username, string? displayName, AdminRole role, string? actor, CancellationToken cancellationToken, string? password = null, string action = "account.create")
    {
        var name = NormalizeUsername(username);
        var display = (displayName ?? string.Empty).Trim();
        var problem = !IsValidUsername(name) ? AccountProblem.UsernameInvalid
            : display.Length is 0 or > MaxDisplayName ? AccountProblem.NameMissing
            : password is { Length: < AdminSecrets.MinPasswordLength } ? AccountProblem.PasswordTooShort
            : await db.AdminAccounts.AnyAsync(a => a.Username == name, cancellationToken) ? AccountProblem.UsernameTaken
            : AccountProblem.None;
        if (problem != AccountProblem.None)
        {
            return (problem, null, null);
        }

        var secret = password ?? AdminSecrets.NewPassword();
        var account = new AdminAccount
        {
            Username = name, DisplayName = display, Role = role, SecurityStamp = AdminSecrets.NewStamp(), CreatedAt = time.GetUtcNow(),
        };
        account.PasswordHash = hasher.HashPassword(account, secret);
        db.AdminAccounts.Add(account);
        audit.Add(db, action, Target(account), null, Snapshot(account), actor);
        await db.SaveChangesAsync(cancellationToken);
        return (AccountProblem.None, account, secret);
    }

    /// <summary>A new generated password (returned once), lockout cleared, every session of the account ended.</summary>
    public async Task<string> ResetPasswordAsync(AdminAccount account, string? actor, CancellationToken cancellationToken)
    {
        var password = AdminSecrets.NewPassword();
        await ChangeAsync(account, "account.password.reset", actor, a =>
        {
            a.PasswordHash = hasher.HashPassword(a, password);
            a.FailedLogins = 0;
            a.LockedUntil = null;
            a.SecurityStamp = AdminSecrets.NewStamp();
        }, cancellationToken);
        return password;
    }

    /// <summary>The account's own new password (the caller checked the current one).</summary>
    public Task ChangeOwnPasswordAsync(AdminAccount account, string password, CancellationToken cancellationToken) =>
        ChangeAsync(account, "account.password.change", null, a =>
        {
            a.PasswordHash = hasher.HashPassword(a, password);
            a.SecurityStamp = AdminSecrets.NewStamp();
        }, cancellationToken);

    public bool PasswordMatches(AdminAccount account, string? password) =>
        !string.IsNullOrEmpty(password) && hasher.VerifyHashedPassword(account, account.PasswordHash, password) != PasswordVerificationResult.Failed;

    public Task UnlockAsync(AdminAccount account, string? actor, CancellationToken cancellationToken) =>
        ChangeAsync(account, "account.unlock", actor, a =>
        {
            a.FailedLogins = 0;
            a.LockedUntil = null;
        }, cancellationToken);

    /// <summary>Switches the account off or on; refuses to switch off oneself or the last active KIM admin.</summary>
    public async Task<AccountProblem> SetDisabledAsync(AdminAccount account, bool disabled, int? actorId, string? actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(account);
        if (disabled == account.DisabledAt is not null)
        {
            return AccountProblem.None;
        }

        var problem = disabled ? await CanRemoveAdminAsync(account, actorId, cancellationToken) : AccountProblem.None;
        if (problem == AccountProblem.None)
        {
            await ChangeAsync(account, disabled ? "account.disable" : "account.enable", actor,
                a => a.DisabledAt = disabled ? time.GetUtcNow() : null, cancellationToken);
        }

        return problem;
    }

    /// <summary>Changes the role; refuses to demote oneself or the last active KIM admin.</summary>
    public async Task<AccountProblem> SetRoleAsync(AdminAccount account, AdminRole role, int? actorId, string? actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(account);
        if (account.Role == role)
        {
            return AccountProblem.None;
        }

        var problem = role != AdminRole.Admin ? await CanRemoveAdminAsync(account, actorId, cancellationToken) : AccountProblem.None;
        if (problem == AccountProblem.None)
        {
            await ChangeAsync(account, "account.role", actor, a =>
            {
                a.Role = role;
                a.SecurityStamp = AdminSecrets.NewStamp();
            }, cancellationToken);
        }

        return problem;
    }

    /// <summary>Turns TOTP on with a confirmed secret; <paramref name="step"/> is the step of the confirming code.</summary>
    public Task TotpOnAsync(AdminAccount account, string protectedSecret, long step, CancellationToken cancellationToken) =>
        ChangeAsync(account, "account.totp.enable", null, a =>
        {
            a.TotpSecret = protectedSecret;
            a.TotpLastStep = step;
            a.SecurityStamp = AdminSecrets.NewStamp();
        }, cancellationToken);

    public Task TotpOffAsync(AdminAccount account, string? actor, CancellationToken cancellationToken) =>
        ChangeAsync(account, "account.totp.disable", actor, a =>
        {
            a.TotpSecret = null;
            a.TotpLastStep = 0;
            a.SecurityStamp = AdminSecrets.NewStamp();
        }, cancellationToken);

    public static string Target(AdminAccount account) => "account:" + account?.Username;

    /// <summary>What the audit log keeps of an account: never the hash, stamp or TOTP secret.</summary>
    public object Snapshot(AdminAccount account)
    {
        ArgumentNullException.ThrowIfNull(account);
        return new
        {
            account.Username,
            account.DisplayName,
            Role = account.Role.ToString(),
            Disabled = account.DisabledAt is not null,
            Locked = account.LockedUntil > time.GetUtcNow(),
            Totp = account.TotpSecret is not null,
        };
    }

    private async Task ChangeAsync(AdminAccount account, string action, string? actor, Action<AdminAccount> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(account);
        var before = Snapshot(account);
        change(account);
        audit.Add(db, action, Target(account), before, Snapshot(account), actor);
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<AccountProblem> CanRemoveAdminAsync(AdminAccount account, int? actorId, CancellationToken cancellationToken)
    {
        if (account.Id == actorId)
        {
            return AccountProblem.Self;
        }

        var isActiveAdmin = account.Role == AdminRole.Admin && account.DisabledAt is null;
        var others = await db.AdminAccounts.CountAsync(a => a.Id != account.Id && a.Role == AdminRole.Admin && a.DisabledAt == null, cancellationToken);
        return isActiveAdmin && others == 0 ? AccountProblem.LastAdmin : AccountProblem.None;
    }

    [System.Text.RegularExpressions.GeneratedRegex("^[a-z0-9][a-z0-9._-]{2,31}$")]
    private static partial System.Text.RegularExpressions.Regex UsernamePattern();
}

/// <summary>Why an account change was refused.</summary>
public enum AccountProblem
{
    None,
    UsernameInvalid,
    UsernameTaken,
    NameMissing,
    PasswordTooShort,

    /// <summary>An admin may not disable or demote themself.</summary>
    Self,

    /// <summary>The last active KIM admin may not be disabled or demoted.</summary>
    LastAdmin,
}
