using KimHotspot.Portal.Features.Village;

namespace KimHotspot.Portal.Features.DemoData;

/// <summary>
/// <c>dotnet KimHotspot.Portal.dll demo-data</c>: fills an empty village database with demo content (village names,
/// three bulletins, one approved member, one voucher batch) through the features' own code, and exits without starting
/// the web server. Idempotent: what exists is kept; only the member's password is new at every run (it is shown once).
/// </summary>
public static class DemoDataCommand
{
    public const string Actor = "demo-data";

    /// <summary>Runs the command when <paramref name="args"/> starts with <c>demo-data</c>; false otherwise (start the server).</summary>
    public static async Task<bool> TryRunDemoDataCommandAsync(this WebApplication app, string[] args)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(args);
        if (args.Length == 0 || args[0] != "demo-data")
        {
            return false;
        }

        if (args.Skip(1).FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal) || !a.Contains(':', StringComparison.Ordinal)) is { } extra)
        {
            await Console.Error.WriteLineAsync($"error: unexpected argument '{extra}'. Usage: demo-data [--Portal:DataDirectory=…]");
            Environment.ExitCode = 1;
            return true;
        }

        Environment.ExitCode = await RunAsync(app.Services, Console.Out, app.Lifetime.ApplicationStopping);
        return true;
    }

    /// <summary>Seeds what is missing and prints the member's login and the voucher codes; 0 when done.</summary>
    internal static async Task<int> RunAsync(IServiceProvider services, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(output);

        // The server seeds on its first start; this command may run before that.
        await new VillageSeed(services.GetRequiredService<IServiceScopeFactory>(), services.GetRequiredService<TimeProvider>())
            .StartingAsync(cancellationToken);
        await using var scope = services.CreateAsyncScope();
        var logger = scope.ServiceProvider.GetRequiredService<ILogger<DemoSeed>>();
        var seed = ActivatorUtilities.CreateInstance<DemoSeed>(scope.ServiceProvider);
        var village = await seed.VillageAsync(cancellationToken);
        await output.WriteLineAsync($"Village: {village.VillageName} ({village.KimName}), kecamatan {DemoContent.Kecamatan}");
        var added = await seed.BulletinsAsync(cancellationToken);
        await output.WriteLineAsync($"Bulletins: {added} added, {DemoContent.Bulletins.Count - added} already there");
        var (member, password, created) = await seed.MemberAsync(cancellationToken);
        await output.WriteLineAsync($"Member: {member.Username} ({member.FullName}, {member.Phone}) {(created ? "registered and approved" : "exists")}");
        await output.WriteLineAsync($"Member password for {member.Username} (shown once): {password}");
        var (batch, codes) = await seed.VouchersAsync(cancellationToken);
        await output.WriteLineAsync($"Voucher batch \"{batch.Name}\": {codes.Count} unused codes of {batch.Validity.TotalHours:0} hour(s)");
        await output.WriteLineAsync("Voucher codes: " + string.Join(' ', codes));
        Log.DemoDataSeeded(logger, added, created);
        return 0;
    }
}
