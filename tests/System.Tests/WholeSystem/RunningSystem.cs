using System.Security.Cryptography;
using KimHotspot.Demo.DemoData;
using KimHotspot.Demo.Launch;
using KimHotspot.System.Tests.Kit;

namespace KimHotspot.System.Tests.WholeSystem;

/// <summary>
/// Simulator, Central, Portal and RouterAgent as separate processes from their build output, on free loopback ports,
/// with the demo's data in a temp folder. The simulator starts with no phones online, so the resident of a test is the
/// only active user; the agent reaches Central through a <see cref="TcpRelay"/> that a test can cut.
/// </summary>
internal sealed class RunningSystem : IAsyncDisposable
{
    private readonly List<HostProcess> _hosts = [];
    private readonly string _root = BuildOutput.RepositoryRoot();
    private readonly string _routerPassword = RandomNumberGenerator.GetString("abcdefghijkmnpqrstuvwxyz23456789", 20);

    private RunningSystem(TimeSpan reportEvery)
    {
        ReportEvery = reportEvery;
        Data = Path.Combine(Path.GetTempPath(), "kimhotspot-system-tests", Guid.NewGuid().ToString("N"));
        Ports = new DemoPorts(FreePort.Next(), FreePort.Next(), FreePort.Next(), FreePort.Next(), FreePort.Next());
        Uplink = new TcpRelay(Ports.Central);
    }

    public TimeSpan ReportEvery { get; }

    public string Data { get; }

    public DemoPorts Ports { get; }

    /// <summary>The agent's only way to Central.</summary>
    public TcpRelay Uplink { get; }

    public string SiteId { get; } = CentralSeed.SiteId;

    public string OperatorPassword { get; private set; } = "";

    public PortalLogins Logins { get; private set; } = new("", "", "", []);

    public HostProcess? Agent { get; private set; }

    public Uri Hotspot => DemoPorts.Local(Ports.Hotspot);

    public Uri Central => DemoPorts.Local(Ports.Central);

    public string CentralDatabase => Path.Combine(Data, "central", "central.db");

    private string Logs => Path.Combine(Data, "logs");

    private string KeyFile => Path.Combine(Data, "site.key");

    public static async Task<RunningSystem> StartAsync(TimeSpan reportEvery, CancellationToken cancellationToken)
    {
        var system = new RunningSystem(reportEvery);
        try
        {
            await system.StartAllAsync(cancellationToken);
            return system;
        }
        catch
        {
            await system.DisposeAsync();
            throw;
        }
    }

    /// <summary>Starts the agent (again) on the same outbox, reaching Central through <see cref="Uplink"/>.</summary>
    public async Task StartAgentAsync(CancellationToken cancellationToken)
    {
        Agent = await AgentLauncher.StartAsync(_root, Ports with { Central = Uplink.Port }, "admin", _routerPassword, SiteId, KeyFile,
            Path.Combine(Data, "agent"), Logs, ReportEvery, cancellationToken);
        _hosts.Add(Agent);
    }

    /// <summary>The last lines of every host's log, for a failing assertion.</summary>
    public string LogTails() => string.Join(Environment.NewLine, _hosts.Select(h => $"--- {h.Start.Name} ---{Environment.NewLine}{h.LogTail()}"));

    public async ValueTask DisposeAsync()
    {
        await Task.WhenAll(_hosts.Select(h => h.DisposeAsync().AsTask()));
        await Uplink.DisposeAsync();
        try
        {
            Directory.Delete(Data, recursive: true);
        }
        catch (IOException)
        {
            // a log still open: leave it for the next temp clean-up
        }
    }

    private async Task StartAllAsync(CancellationToken cancellationToken)
    {
        var central = Path.Combine(Data, "central");
        OperatorPassword = await CentralSeed.AdminPasswordAsync(_root, Ports, central, Logs, cancellationToken);
        await CentralSeed.EnsureSiteAsync(_root, Ports, central, Logs, KeyFile, ReportEvery, cancellationToken);
        _hosts.Add(await SimulatorLauncher.StartAsync(_root, Ports, "admin", _routerPassword, DemoPorts.Local(Ports.Portal, "hs"), Logs,
            seedSessions: 0, cancellationToken));
        await SimulatorLauncher.JoinDeviceAsync(Ports, "02:00:00:00:00:01", "127.0.0.1", cancellationToken); // the browser's phone
        var wiring = new PortalLauncher.Wiring("admin", _routerPassword, SiteId, KeyFile);
        Logins = await PortalSeed.RunAsync(_root, Ports, Path.Combine(Data, "portal"), Logs, wiring, cancellationToken);

        // Central with a quick dashboard refresh, so what the test waits for shows within a report interval.
        var centralStart = CentralLauncher.Describe(_root, Ports, central, Logs);
        var environment = new Dictionary<string, string>(centralStart.Environment)
        {
            ["Dashboard__PollInterval"] = "00:00:02",
            ["Dashboard__SlowFiguresCache"] = "00:00:02", // today's bytes, cached a minute by default
            ["Sweeper__Interval"] = "00:00:02",
        };
        _hosts.Add(await HostProcess.StartAsync(centralStart with { Environment = environment }, cancellationToken));
        _hosts.Add(await PortalLauncher.StartAsync(_root, Ports, Path.Combine(Data, "portal"), Logs, wiring, cancellationToken));
        await StartAgentAsync(cancellationToken);
    }
}
