using System.Globalization;
using KimHotspot.RouterAgent.Collect;
using KimHotspot.RouterAgent.Outbox;
using KimHotspot.RouterAgent.Upload;

namespace KimHotspot.RouterAgent.Benchmarks;

/// <summary>
/// The agent composed by the same <see cref="AgentComposition.AddRouterAgent"/> as src/RouterAgent/Program.cs (same
/// features, same DI, console logging at Information), on the clock it is given (a <see cref="JumpClock"/>, a
/// <see cref="ScaledClock"/> or the system clock). The host is built but not started: the bench drives the
/// <see cref="Collector"/> and <see cref="Uploader"/> itself, as CollectService and the uploader loop would.
/// </summary>
internal sealed class AgentHost : IAsyncDisposable
{
    private readonly IHost _host;

    private AgentHost(IHost host) => _host = host;

    public Collector Collector => _host.Services.GetRequiredService<Collector>();

    public Uploader Uploader => _host.Services.GetRequiredService<Uploader>();

    public ReportOutbox Outbox => _host.Services.GetRequiredService<ReportOutbox>();

    public RouterOsClientAccess Router => new(_host.Services.GetRequiredService<KimHotspot.RouterOs.RouterOsClient>());

    /// <summary>Builds the agent for an outbox folder, a router port (0 = none) and Central (null = down).</summary>
    public static AgentHost Build(
        string outboxDir, int routerPort, Uri? central, Uri? portalHealth, TimeProvider clock,
        IReadOnlyDictionary<string, string?>? overrides = null)
    {
        Directory.CreateDirectory(outboxDir);
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = outboxDir, DisableDefaults = false, Args = [],
        });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Site:Id"] = BenchSite.Id,
            ["Site:Key"] = BenchSite.KeyText,
            ["Site:ClockSync"] = "Synced",
            ["Outbox:Directory"] = outboxDir,
            // Central down = a loopback port nobody listens on (connection refused, like a dead link that answers).
            ["Central:Url"] = (central ?? new Uri($"http://127.0.0.1:{FreePort.Next()}/")).ToString(),
            ["Router:Host"] = "127.0.0.1",
            ["Router:Port"] = (routerPort == 0 ? FreePort.Next() : routerPort).ToString(CultureInfo.InvariantCulture),
            ["Router:User"] = "admin",
            ["Router:Password"] = SimulatorProcess.Password,
            ["Collect:PortalHealthUrl"] = portalHealth?.ToString() ?? "",
        });
        if (overrides is not null)
        {
            builder.Configuration.AddInMemoryCollection(overrides);
        }

        builder.Services.AddSingleton<TimeProvider>(clock); // before the features' TryAdd(TimeProvider.System)
        builder.AddRouterAgent();
        return new AgentHost(builder.Build());
    }

    /// <summary>Starts the hosted services as the agent's Program does (collector loop, uploader loop, watchdog).</summary>
    public Task StartAsync(CancellationToken ct) => _host.StartAsync(ct);

    public Task StopAsync(CancellationToken ct) => _host.StopAsync(ct);

    public async ValueTask DisposeAsync()
    {
        if (_host is IAsyncDisposable a)
        {
            await a.DisposeAsync();
        }
        else
        {
            _host.Dispose();
        }
    }
}

/// <summary>The agent's own RouterOS client (the reads-only baseline of the poll bench uses the same connection).</summary>
internal readonly record struct RouterOsClientAccess(KimHotspot.RouterOs.RouterOsClient Client);
