using KimHotspot.Central.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace KimHotspot.Central.Operators;

/// <summary>
/// Every change to an operator account, for the operator pages, the own-password page and the CLI; each is audited
/// (never a password) and saved with its audit entry. <c>actor</c> is the changing operator's name or <c>cli</c>.
/// </summary>
public sealed partial class OperatorStore(CentralDb db, IPasswordHasher<Operator> hasher, TimeProvider time)
{
    public static string Normalize(string? userName) => (userName ?? "").Trim().ToLowerInvariant();

    /// <summary>3–32 characters: a–z, 0–9, dot, dash, underscore; starting with a letter or digit.</summary>
    public static bool IsValidUserName(string userName) => UserNamePattern().IsMatch(userName);

    public Task<Operator?> FindAsync(string? userName, CancellationToken cancellationToken)
    {
        var name = Normalize(userName);
        return db.Operators.FirstOrDefaultAsync(o => o.UserName == name, cancellationToken);
    }

    /// <summary>Creates an operator with a generated password, returned once (null with a problem).</summary>
    public async Task<(OperatorProblem Problem, string? Password)> CreateAsync(string? userName, OperatorRole role, string actor, CancellationToken cancellationToken)
    {
        var name = Normalize(userName);
        if (!IsValidUserName(name))
        {
            return (OperatorProblem.UserNameInvalid, null);
        }

        if (await db.Operators.AnyAsync(o => o.UserName == name, cancellationToken))
        {
            return (OperatorProblem.UserNameTaken, null);
        }

        var password = OperatorSecrets.NewPassword();
        var account = new Operator { UserName = name, Role = role, SecurityStamp = OperatorSecrets.NewStamp(), CreatedAt = time.GetUtcNow() };
        account.PasswordHash = hasher.HashPassword(account, password);
        db.Operators.Add(account);
        OperatorAudit.Add(db, time, actor, "operator.create", Target(account), new { Role = role.ToString() });
        await db.SaveChangesAsync(cancellationToken);
        return (OperatorProblem.None, password);
    }

    /// <summary>A new generated password (returned once); lockout cleared; the operator's sessions end.</summary>
    public async Task<string> ResetPasswordAsync(Operator account, string actor, CancellationToken cancellationToken)
    {
        var password = OperatorSecrets.NewPassword();
        await ChangeAsync(account, actor, "operator.password.reset", null, a => SetPassword(a, password), cancellationToken);
        return password;
    }

    /// <summary>The operator's own new password (the caller checked the current one and the rules).</summary>
    public Task ChangeOwnPasswordAsync(Operator account, string password, CancellationToken cancellationToken) =>
        ChangeAsync(account, account?.UserName ?? "", "operator.password.change", null, a => SetPassword(a, password), cancellationToken);

    public bool PasswordMatches(Operator account, string? password) =>
        account is not null && !string.IsNullOrEmpty(password)
        && hasher.VerifyHashedPassword(account, account.PasswordHash, password) != PasswordVerificationResult.Failed;

    /// <summary>Switches an operator off or on; refuses oneself and the last active admin.</summary>
    public async Task<OperatorProblem> SetDisabledAsync(Operator account, bool disabled, string actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(account);
        if (account.Disabled == disabled)
        {
            return OperatorProblem.None;
        }

        var problem = disabled ? await CanRemoveAdminAsync(account, actor, cancellationToken) : OperatorProblem.None;
        if (problem == OperatorProblem.None)
        {
            await ChangeAsync(account, actor, disabled ? "operator.disable" : "operator.enable", null, a =>
            {
                a.Disabled = disabled;
                a.SecurityStamp = OperatorSecrets.NewStamp();
            }, cancellationToken);
        }

        return problem;
    }

    /// <summary>Changes the role; refuses to demote oneself or the last active admin.</summary>
    public async Task<OperatorProblem> SetRoleAsync(Operator account, OperatorRole role, string actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(account);
        if (account.Role == role)
        {
            return OperatorProblem.None;
        }

        var problem = role != OperatorRole.Admin ? await CanRemoveAdminAsync(account, actor, cancellationToken) : OperatorProblem.None;
        if (problem == OperatorProblem.None)
        {
            await ChangeAsync(account, actor, "operator.role", new { From = account.Role.ToString(), To = role.ToString() }, a =>
            {
                a.Role = role;
                a.SecurityStamp = OperatorSecrets.NewStamp();
            }, cancellationToken);
        }

        return problem;
    }

    public static string Target(Operator account) => "operator:" + account?.UserName;

    private void SetPassword(Operator account, string password)
    {
        account.PasswordHash = hasher.HashPassword(account, password);
        account.FailedLogins = 0;
        account.LockedUntil = null;
        account.SecurityStamp = OperatorSecrets.NewStamp();
    }

    private async Task ChangeAsync(Operator account, string actor, string action, object? details, Action<Operator> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(account);
        change(account);
        OperatorAudit.Add(db, time, actor, action, Target(account), details);
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<OperatorProblem> CanRemoveAdminAsync(Operator account, string actor, CancellationToken cancellationToken)
    {
        if (account.UserName == actor)
        {
            return OperatorProblem.Self;
        }

        var isActiveAdmin = account.Role == OperatorRole.Admin && !account.Disabled;
        var others = await db.Operators.CountAsync(o => o.Id != account.Id && o.Role == OperatorRole.Admin && !o.Disabled, cancellationToken);
        return isActiveAdmin && others == 0 ? OperatorProblem.LastAdmin : OperatorProblem.None;
    }

    [System.Text.RegularExpressions.GeneratedRegex("^[a-z0-9][a-z0-9._-]{2,31}$")]
    private static partial System.Text.RegularExpressions.Regex UserNamePattern();
}

/// <summary>Why an operator change was refused.</summary>
public enum OperatorProblem
{
    None,
    UserNameInvalid,
    UserNameTaken,
    Self,
    LastAdmin,
}
