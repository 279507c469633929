using System.Globalization;
using KimHotspot.Central.CommandLine;
using KimHotspot.Central.Data;
using KimHotspot.Central.Localization;
using KimHotspot.Central.Operators;
using KimHotspot.Central.Proxy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace KimHotspot.Central.Sites;

/// <summary>
/// <c>dotnet KimHotspot.Central.dll site …</c>: registers villages and issues their keys against Central's database and
/// exits without starting the server (the same checks and key code as the registry pages). Audited as <c>cli</c>.
/// </summary>
public static class SiteCommand
{
    internal const string Usage = """
        Usage:
          site create <id> --name "<village>" [--kecamatan K] [--lat L --lon L] [--portal-url U] [--interval SECONDS]
          site rotate-key <id>
          site list
        <id> is the Kemendagri village code (71.74.01.2001). The key is printed once.
        Configuration switches (--Central:DataDirectory=/var/lib/kimhotspot-central) may follow.
        """;

    /// <summary>Runs the command when <paramref name="args"/> starts with <c>site</c>; false otherwise (start the server).</summary>
    public static Task<bool> TryRunSiteCommandAsync(this WebApplication app, string[] args) =>
        HostCommand.TryRunAsync(app, args, "site", RunAsync);

    /// <summary>Runs one command (the words after <c>site</c>); 0 when it worked, 1 with the reason on <paramref name="error"/>.</summary>
    internal static async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(error);
        var (command, problem) = SiteCommandLine.Parse(args);
        if (problem is not null)
        {
            await error.WriteLineAsync("error: " + problem + Environment.NewLine + Usage);
            return 1;
        }

        await using var scope = services.CreateAsyncScope();
        var logger = scope.ServiceProvider.GetRequiredService<ILogger<SiteKeyChanges>>();
        problem = command!.Verb switch
        {
            "list" => await ListAsync(scope.ServiceProvider, output, cancellationToken),
            "create" => await CreateAsync(scope.ServiceProvider, command, output, cancellationToken),
            _ => await RotateAsync(scope.ServiceProvider, command, output, cancellationToken),
        };
        var siteId = SiteCode.Normalize(command.Id);
        var outcome = problem is null ? "site." + command.Verb : "site." + command.Verb + ".refused";
        if (command.Verb != "list")
        {
            Log.SiteChanged(logger, siteId, OperatorCommand.Actor, outcome);
        }

        if (problem is null)
        {
            return 0;
        }

        await error.WriteLineAsync("error: " + problem);
        return 1;
    }

    private static async Task<string?> CreateAsync(IServiceProvider services, SiteCommandLine command, TextWriter output, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<CentralDb>();
        var time = services.GetRequiredService<TimeProvider>();
        var problems = command.Form.Check(services.GetRequiredService<IStringLocalizer<SharedResource>>(), checkId: true);
        if (problems.Count > 0)
        {
            return string.Join("; ", problems.Select(p => $"{p.Key}: {p.Value}"));
        }

        var site = await SiteRegistration.RegisterAsync(
            db, time, services.GetRequiredService<RegistryChanges>(), command.Form, OperatorCommand.Actor, cancellationToken);
        var id = SiteCode.Normalize(command.Id);
        if (site is null)
        {
            return $"a site '{id}' is already registered (use 'site rotate-key {id}' for a new key)";
        }

        var key = await services.GetRequiredService<SiteKeyChanges>().CreateAsync(id, OperatorCommand.Actor, cancellationToken);
        await output.WriteLineAsync($"Registered site {id} ({site.Name}), report interval {site.ReportInterval.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s.");
        return await WriteKeyAsync(output, id, key!);
    }

    private static async Task<string?> RotateAsync(IServiceProvider services, SiteCommandLine command, TextWriter output, CancellationToken cancellationToken)
    {
        var id = SiteCode.Normalize(command.Id);
        var key = await services.GetRequiredService<SiteKeyChanges>().RotateAsync(id, TimeSpan.Zero, OperatorCommand.Actor, cancellationToken);
        return key is null ? $"no site '{id}'" : await WriteKeyAsync(output, id, key);
    }

    private static async Task<string?> WriteKeyAsync(TextWriter output, string id, string key)
    {
        await output.WriteLineAsync($"Site key for {id} (shown once): {key}");
        await output.WriteLineAsync($"Agent configuration: Site__Id={id} Site__Key={key}");
        return null;
    }

    private static async Task<string?> ListAsync(IServiceProvider services, TextWriter output, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<CentralDb>();
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var sites = await db.Sites.AsNoTracking().Include(s => s.Keys).OrderBy(s => s.Id).ToListAsync(cancellationToken);
        foreach (var s in sites)
        {
            var keys = s.Keys.Count(k => k.IsActive(now));
            var state = s.Archived ? "archived" : keys == 0 ? "no-key" : "active";
            await output.WriteLineAsync($"{s.Id,-14} {state,-8} {s.ReportInterval.TotalSeconds,5:0}s {s.Kecamatan,-20} {s.Name}  {s.PortalUrl ?? "-"}");
        }

        await output.WriteLineAsync($"{sites.Count} site(s).");
        return null;
    }
}
