using System.Security.Cryptography;
using KimHotspot.Demo.DemoData;
using KimHotspot.Demo.Launch;

namespace KimHotspot.Demo;

/// <summary>Seeds, starts the four hosts in order, prints the block, then waits for Ctrl+C/SIGTERM or a child's death.</summary>
internal sealed class DemoRun(string root, DemoOptions options)
{
    private static readonly TimeSpan ReportEvery = TimeSpan.FromSeconds(10);
    private readonly List<HostProcess> _hosts = [];

    public async Task<int> RunAsync(CancellationToken stop)
    {
        var busy = options.Ports.Busy();
        if (busy.Count > 0)
        {
            await Console.Error.WriteLineAsync("Cannot start: " + string.Join(", ", busy.Select(b => $"port {b.Port} ({b.Host})"))
                + " already in use by another program. Stop it (is a demo already running?) or move every port with --ports-offset N.");
            return 1;
        }

        try
        {
            await StartAllAsync(stop);
            return await WatchAsync(stop);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            return 0; // Ctrl+C while starting
        }
        catch (HostStartException e)
        {
            await Console.Error.WriteLineAsync("failed" + Environment.NewLine + e.Message);
            return 1;
        }
        catch (InvalidOperationException e)
        {
            // A host not built, or a seed command that refused: its own words, no stack trace.
            await Console.Error.WriteLineAsync("failed" + Environment.NewLine + e.Message);
            return 1;
        }
        finally
        {
            Console.WriteLine("Stopping ...");
            await Task.WhenAll(_hosts.Select(h => h.DisposeAsync().AsTask()));
        }
    }

    private async Task StartAllAsync(CancellationToken stop)
    {
        var data = options.DataDirectory;
        var logs = Path.Combine(data, "logs");
        var keyFile = Path.Combine(data, "site.key");
        var routerPassword = RandomNumberGenerator.GetString("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789", 20);
        var ports = options.Ports;
        Directory.CreateDirectory(logs);

        Console.Write("Preparing Central data (operator, site) … ");
        var operatorPassword = await CentralSeed.AdminPasswordAsync(root, ports, Path.Combine(data, "central"), logs, stop);
        await CentralSeed.EnsureSiteAsync(root, ports, Path.Combine(data, "central"), logs, keyFile, ReportEvery, stop);
        Console.WriteLine("ok");

        await StartAsync("RouterOS simulator", () => SimulatorLauncher.StartAsync(
            root, ports, "admin", routerPassword, DemoPorts.Local(ports.Portal, "hs"), logs, cancellationToken: stop));
        await SimulatorLauncher.JoinDeviceAsync(ports, "02:00:00:00:00:01", "127.0.0.1", stop); // this browser = one more phone

        Console.Write("Preparing Portal data (KIM admin, village, bulletins, member, vouchers) … ");
        var wiring = new PortalLauncher.Wiring("admin", routerPassword, CentralSeed.SiteId, keyFile);
        var logins = await PortalSeed.RunAsync(root, ports, Path.Combine(data, "portal"), logs, wiring, stop);
        Console.WriteLine("ok");

        await StartAsync("Central", () => CentralLauncher.StartAsync(root, ports, Path.Combine(data, "central"), logs, options.Redis, stop));
        await StartAsync("Portal", () => PortalLauncher.StartAsync(root, ports, Path.Combine(data, "portal"), logs, wiring, stop));
        await StartAsync("RouterAgent", () => AgentLauncher.StartAsync(
            root, ports, "admin", routerPassword, CentralSeed.SiteId, keyFile, Path.Combine(data, "agent"), logs, ReportEvery, stop));
        Console.WriteLine(DemoBanner.Describe(options, logins, operatorPassword, routerPassword));
    }

    private async Task StartAsync(string title, Func<Task<HostProcess>> start)
    {
        Console.Write($"Starting {title} … ");
        var host = await start();
        _hosts.Add(host);
        Console.WriteLine($"ok (pid {host.Id}, log {host.Start.LogPath})");
    }

    private async Task<int> WatchAsync(CancellationToken stop)
    {
        var anyExit = Task.WhenAny(_hosts.Select(h => h.Exited));
        await Task.WhenAny(anyExit, Task.Delay(Timeout.Infinite, stop));
        if (!stop.IsCancellationRequested)
        {
            // Ctrl+C in a terminal reaches the children too: give our own signal a moment to arrive.
            await Task.WhenAny(Task.Delay(TimeSpan.FromSeconds(1), CancellationToken.None), Task.Delay(Timeout.Infinite, stop));
        }

        if (stop.IsCancellationRequested)
        {
            return 0;
        }

        foreach (var dead in _hosts.Where(h => h.HasExited))
        {
            await Console.Error.WriteLineAsync($"{dead.Start.Name} stopped (exit code {dead.ExitCode}); log {dead.Start.LogPath}:"
                + Environment.NewLine + dead.LogTail());
        }

        return 1;
    }
}
