namespace KimHotspot.Portal.Features.Admin.Access;

/// <summary>
/// The <c>admin …</c> command line (<c>dotnet KimHotspot.Portal.dll admin create …</c>): manages admin accounts
/// against the village database and exits without starting the web server. Every change is audited as "cli".
/// Configuration switches (<c>--Portal:DataDirectory=…</c>) may follow; bad input prints why and exits with 1.
/// </summary>
public static class AdminCommand
{
    internal const string Usage = """
        Usage:
          admin create --username <name> --name "<display name>" --role admin|editor
          admin reset-password --username <name>
          admin unlock --username <name>
          admin disable --username <name>
          admin enable --username <name>
          admin list
        """;

    /// <summary>Runs the command when <paramref name="args"/> starts with <c>admin</c>; false otherwise (start the server).</summary>
    public static async Task<bool> TryRunAdminCommandAsync(this WebApplication app, string[] args)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(args);
        if (args.Length == 0 || args[0] != "admin")
        {
            return false;
        }

        var (verb, options, error) = AdminCommandLine.Parse(args);
        if (error is not null)
        {
            return Fail(error + Environment.NewLine + Usage);
        }

        await using var scope = app.Services.CreateAsyncScope();
        var runner = new AdminCommandRunner(
            scope.ServiceProvider.GetRequiredService<AdminAccountStore>(),
            scope.ServiceProvider.GetRequiredService<Data.PortalDb>(),
            scope.ServiceProvider.GetRequiredService<Audit.AuditLog>(),
            scope.ServiceProvider.GetRequiredService<TimeProvider>(),
            scope.ServiceProvider.GetRequiredService<ILogger<AdminCommandRunner>>());
        var problem = await runner.RunAsync(verb!, options, app.Lifetime.ApplicationStopping);
        return problem is null || Fail(problem);
    }

    private static bool Fail(string message)
    {
        Console.Error.WriteLine("error: " + message);
        Environment.ExitCode = 1;
        return true;
    }
}
