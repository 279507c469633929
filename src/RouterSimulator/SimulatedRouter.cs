using System.Security.Cryptography.X509Certificates;
using KimHotspot.RouterSimulator.Api;
using KimHotspot.RouterSimulator.Hotspot;
using KimHotspot.RouterSimulator.Model;
using KimHotspot.RouterSimulator.Traffic;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace KimHotspot.RouterSimulator;

/// <summary>
/// A fake MikroTik router: RouterOS API server (TCP and TLS), hotspot model, synthetic traffic and
/// fault injection, built from docs/routeros-reference.md. Tests host it in-process on ephemeral ports.
/// </summary>
public sealed partial class SimulatedRouter : IAsyncDisposable
{
    private readonly ApiServer _server;
    private readonly TrafficTicker _ticker;
    private bool _started;

    /// <summary>Creates a router; nothing listens until <see cref="StartAsync"/>.</summary>
    public SimulatedRouter(SimulatorOptions options, TimeProvider? timeProvider = null, ILoggerFactory? loggerFactory = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options;
        Time = timeProvider ?? TimeProvider.System;
        Logger = (loggerFactory ?? NullLoggerFactory.Instance).CreateLogger("KimHotspot.RouterSimulator");
        Model = new RouterModel(options, Time, Logger);
        _server = new ApiServer(this);
        _ticker = new TrafficTicker(Model, Logger);
    }

    /// <summary>The options the router was created with.</summary>
    public SimulatorOptions Options { get; }

    /// <summary>Actual bound API port after <see cref="StartAsync"/>.</summary>
    public int ApiPort => _server.Port;

    /// <summary>Actual API-SSL port, 0 when off.</summary>
    public int ApiSslPort => _server.SslPort;

    /// <summary>Self-signed certificate of API-SSL (null when API-SSL is off).</summary>
    public X509Certificate2? ApiCertificate => _server.Certificate;

    /// <summary>Current /system/identity name.</summary>
    public string Identity
    {
        get
        {
            lock (Model.Gate)
            {
                return Wire.ToText(Model.Identity);
            }
        }
    }

    /// <summary>Mutable fault switches, effective at once.</summary>
    public FaultSwitches Faults { get; } = new();

    /// <summary>What <see cref="SimulatorOptions.RosVersion"/> selected.</summary>
    public VersionProfile Version => Model.Profile;

    /// <summary>Every API sentence both ways, when <see cref="ApiTranscript.Enabled"/>.</summary>
    public ApiTranscript Transcript { get; } = new();

    /// <summary>Synthetic traffic on every tick (default true); tests turn it off to control counters.</summary>
    public bool SyntheticTraffic
    {
        get => Model.SyntheticTraffic;
        set => Model.SyntheticTraffic = value;
    }

    /// <summary>[UNSURE] <c>login-by</c> shown for sessions made by <c>/ip/hotspot/active/login</c>; default <c>api</c>.</summary>
    public string ApiLoginBy
    {
        get => Model.Hotspot.ApiLoginBy;
        set => Model.Hotspot.ApiLoginBy = value;
    }

    /// <summary>Raised after every traffic tick (timeouts and limits applied).</summary>
    public event Action? TrafficTicked
    {
        add => _ticker.Ticked += value;
        remove => _ticker.Ticked -= value;
    }

    internal RouterModel Model { get; }

    internal TimeProvider Time { get; }

    internal ILogger Logger { get; }

    /// <summary>Seeds sessions, opens the API (and API-SSL) listeners and starts traffic.</summary>
    public Task StartAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (_started)
        {
            return Task.CompletedTask;
        }

        _started = true;
        if (Options.SeedSessions > 0)
        {
            lock (Model.Gate)
            {
                Seeder.Seed(Model.Hotspot, Model, Options.SeedSessions);
            }

            EngineLog.Seeded(Logger, Options.SeedSessions);
        }

        _server.Start();
        _ticker.Start();
        return Task.CompletedTask;
    }

    /// <summary>Drops every API connection (no <c>!done</c>), resets uptime, sessions, hosts and counters.</summary>
    public Task RebootAsync()
    {
        // Reset first, so a client that sees its socket close already finds the rebooted state.
        lock (Model.Gate)
        {
            Model.Reboot();
        }

        int dropped = _server.DropAll();

        EngineLog.Rebooted(Logger, dropped);
        return Task.CompletedTask;
    }

    /// <summary>False =&gt; the clock reads 1970-01-01 plus uptime (as before NTP).</summary>
    public void SetClockSynced(bool synced)
    {
        lock (Model.Gate)
        {
            Model.Device.ClockSynced = synced;
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _ticker.DisposeAsync().ConfigureAwait(false);
        await _server.DisposeAsync().ConfigureAwait(false);
    }
}
