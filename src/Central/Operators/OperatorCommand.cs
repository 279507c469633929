using System.Globalization;
using KimHotspot.Central.CommandLine;
using KimHotspot.Central.Data;
using Microsoft.EntityFrameworkCore;

namespace KimHotspot.Central.Operators;

/// <summary>
/// <c>dotnet KimHotspot.Central.dll operator …</c>: manages operator accounts against Central's database and exits
/// without starting the server. The only way to the first account (there is no default password). Audited as <c>cli</c>.
/// </summary>
public static class OperatorCommand
{
    public const string Actor = "cli";

    internal const string Usage = """
        Usage:
          operator create <name> --role viewer|operator|admin
          operator reset-password <name>
          operator disable <name>
          operator enable <name>
          operator list
        Configuration switches (--Central:DataDirectory=/var/lib/kimhotspot-central) may follow.
        """;

    /// <summary>Runs the command when <paramref name="args"/> starts with <c>operator</c>; false otherwise (start the server).</summary>
    public static Task<bool> TryRunOperatorCommandAsync(this WebApplication app, string[] args) =>
        HostCommand.TryRunAsync(app, args, "operator", RunAsync);

    /// <summary>Runs one command (the words after <c>operator</c>); 0 when it worked, 1 with the reason on <paramref name="error"/>.</summary>
    internal static async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(error);
        var (command, problem) = OperatorCommandLine.Parse(args);
        if (problem is not null)
        {
            await error.WriteLineAsync("error: " + problem + Environment.NewLine + Usage);
            return 1;
        }

        await using var scope = services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<OperatorStore>();
        var logger = scope.ServiceProvider.GetRequiredService<ILogger<OperatorStore>>();
        problem = command!.Verb == "list"
            ? await ListAsync(scope.ServiceProvider, output, cancellationToken)
            : await ChangeAsync(store, command, output, cancellationToken);
        Log.OperatorCommandRan(logger, command.Verb, command.Name ?? "-", problem is null ? "done" : "refused");
        if (problem is null)
        {
            return 0;
        }

        await error.WriteLineAsync("error: " + problem);
        return 1;
    }

    private static async Task<string?> ChangeAsync(OperatorStore store, OperatorCommandLine command, TextWriter output, CancellationToken cancellationToken)
    {
        var name = OperatorStore.Normalize(command.Name);
        if (command.Verb == "create")
        {
            var (problem, password) = await store.CreateAsync(name, command.Role!.Value, Actor, cancellationToken);
            return problem switch
            {
                OperatorProblem.None => await WriteAsync(output, $"Created {command.Role.Value.ToString().ToLowerInvariant()} {name}. Password (shown once): {password}"),
                OperatorProblem.UserNameTaken => $"an operator '{name}' already exists",
                _ => "the name must be 3-32 characters: a-z, 0-9, '.', '_' or '-', starting with a letter or digit",
            };
        }

        var account = await store.FindAsync(name, cancellationToken);
        if (account is null)
        {
            return $"no operator '{name}'";
        }

        if (command.Verb == "reset-password")
        {
            var password = await store.ResetPasswordAsync(account, Actor, cancellationToken);
            return await WriteAsync(output, $"New password for {name} (shown once): {password}");
        }

        var disable = command.Verb == "disable";
        var result = await store.SetDisabledAsync(account, disable, Actor, cancellationToken);
        return result == OperatorProblem.LastAdmin
            ? $"{name} is the last active admin; create or enable another admin first"
            : await WriteAsync(output, disable ? $"Disabled {name}." : $"Enabled {name}.");
    }

    private static async Task<string?> ListAsync(IServiceProvider services, TextWriter output, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<CentralDb>();
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var all = await db.Operators.AsNoTracking().OrderBy(o => o.UserName).ToListAsync(cancellationToken);
        foreach (var o in all)
        {
            var state = o.Disabled ? "disabled" : o.LockedUntil > now ? "locked" : "active";
            var last = o.LastLoginAt?.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) ?? "-";
            await output.WriteLineAsync($"{o.UserName,-32} {o.Role.ToString().ToLowerInvariant(),-8} {state,-8} {last}");
        }

        return await WriteAsync(output, $"{all.Count} operator(s).");
    }

    private static async Task<string?> WriteAsync(TextWriter output, string line)
    {
        await output.WriteLineAsync(line);
        return null;
    }
}
