using System.Globalization;
using KimHotspot.Portal.Data;
using Microsoft.EntityFrameworkCore;

namespace KimHotspot.Portal.Features.Admin.Access;

/// <summary>Carries out one parsed <c>admin</c> command; returns an error message, or null when it worked.</summary>
internal sealed class AdminCommandRunner(AdminAccountStore store, PortalDb db, Audit.AuditLog audit, TimeProvider time, ILogger<AdminCommandRunner> logger)
{
    private const string Actor = "cli";

    public async Task<string?> RunAsync(string verb, Dictionary<string, string> options, CancellationToken cancellationToken)
    {
        if (verb == "list")
        {
            await ListAsync(cancellationToken);
            return null;
        }

        var username = AdminAccountStore.NormalizeUsername(options["username"]);
        if (verb == "create")
        {
            return await CreateAsync(username, options["name"], options["role"], cancellationToken);
        }

        var account = await store.FindAsync(username, cancellationToken);
        if (account is null)
        {
            return $"no admin account '{username}'";
        }

        string? problem = null;
        switch (verb)
        {
            case "reset-password":
                var password = await store.ResetPasswordAsync(account, Actor, cancellationToken);
                Console.Out.WriteLine($"New password for {username} (shown once): {password}");
                break;
            case "unlock":
                await store.UnlockAsync(account, Actor, cancellationToken);
                Console.Out.WriteLine($"Unlocked {username}.");
                break;
            default:
                var result = await store.SetDisabledAsync(account, verb == "disable", null, Actor, cancellationToken);
                problem = result == AccountProblem.LastAdmin ? $"{username} is the last active KIM admin; create or enable another admin first" : null;
                if (problem is null)
                {
                    Console.Out.WriteLine(verb == "disable" ? $"Disabled {username}." : $"Enabled {username}.");
                }

                break;
        }

        Log.AdminCommandRan(logger, verb, username, problem is null ? "done" : "refused");
        return problem;
    }

    private async Task<string?> CreateAsync(string username, string displayName, string roleText, CancellationToken cancellationToken)
    {
        AdminRole? role = roleText.ToLowerInvariant() switch { "admin" => AdminRole.Admin, "editor" => AdminRole.Editor, _ => null };
        if (role is null)
        {
            return $"--role must be admin or editor, not '{roleText}'";
        }

        var (problem, _, password) = await store.CreateAsync(username, displayName, role.Value, Actor, cancellationToken);
        Log.AdminCommandRan(logger, "create", username, problem == AccountProblem.None ? "done" : "refused");
        switch (problem)
        {
            case AccountProblem.None:
                Console.Out.WriteLine($"Created {role.Value.ToString().ToLowerInvariant()} {username}. Password (shown once): {password}");
                return null;
            case AccountProblem.UsernameTaken:
                return $"an admin account '{username}' already exists";
            case AccountProblem.NameMissing:
                return $"--name must be 1-{AdminAccountStore.MaxDisplayName} characters";
            default:
                return "--username must be 3-32 characters: a-z, 0-9, '.', '_' or '-', starting with a letter or digit";
        }
    }

    private async Task ListAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var accounts = await db.AdminAccounts.AsNoTracking().OrderBy(a => a.Username).ToListAsync(cancellationToken);
        Console.Out.WriteLine($"{"USERNAME",-20} {"ROLE",-7} {"STATE",-9} {"TOTP",-4} {"LAST SIGN-IN (UTC)",-17} NAME");
        foreach (var a in accounts)
        {
            var state = a.DisabledAt is not null ? "disabled" : a.LockedUntil > now ? "locked" : "active";
            var last = a.LastLoginAt?.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) ?? "-";
            Console.Out.WriteLine($"{a.Username,-20} {a.Role.ToString().ToLowerInvariant(),-7} {state,-9} {(a.TotpSecret is null ? "off" : "on"),-4} {last,-17} {a.DisplayName}");
        }

        Console.Out.WriteLine($"{accounts.Count} account(s).");
        audit.Add(db, "account.list", "accounts", null, new { accounts.Count }, Actor);
        await db.SaveChangesAsync(cancellationToken);
    }
}
