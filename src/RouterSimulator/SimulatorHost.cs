using System.Net;
using KimHotspot.RouterSimulator.Control;
using KimHotspot.RouterSimulator.HotspotHttp;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Logging.Abstractions;

namespace KimHotspot.RouterSimulator;

/// <summary>
/// A whole simulator in-process: the <see cref="SimulatedRouter"/> plus one Kestrel web application
/// with the HTTP control API (127.0.0.1) and the hotspot HTTP front (on <see cref="SimulatorOptions.BindAddress"/>)
/// as separate listeners. Ports 0 are off, negative ports are ephemeral; the actual ports are exposed
/// after <see cref="StartAsync"/>. Disposing stops everything.
/// </summary>
public sealed class SimulatorHost : IAsyncDisposable
{
    private readonly WebApplication? _web;
    private bool _disposed;

    private SimulatorHost(SimulatedRouter router, WebApplication? web, int controlPort, int httpPort)
    {
        Router = router;
        _web = web;
        ControlPort = controlPort;
        HttpPort = httpPort;
        ControlUrl = controlPort == 0 ? null : new Uri($"http://127.0.0.1:{controlPort}/");
        HotspotUrl = httpPort == 0 ? null : new Uri($"http://{LocalHost(router.Options.BindAddress)}:{httpPort}/");
    }

    /// <summary>The simulated router (API server and hotspot model).</summary>
    public SimulatedRouter Router { get; }

    /// <summary>Actual control API port, 0 when off.</summary>
    public int ControlPort { get; }

    /// <summary>Actual hotspot HTTP front port, 0 when off.</summary>
    public int HttpPort { get; }

    /// <summary>Base URL of the control API, null when off.</summary>
    public Uri? ControlUrl { get; }

    /// <summary>Base URL of the hotspot HTTP front as reachable from this machine, null when off.</summary>
    public Uri? HotspotUrl { get; }

    /// <summary>Starts the router and, when a control or HTTP port is configured, the web listeners.</summary>
    public static async Task<SimulatorHost> StartAsync(SimulatorOptions options, TimeProvider? timeProvider = null,
        ILoggerFactory? loggerFactory = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var router = new SimulatedRouter(options, timeProvider, loggerFactory);
        WebApplication? web = null;
        try
        {
            await router.StartAsync(cancellationToken).ConfigureAwait(false);
            if (options.ControlPort == 0 && options.HttpPort == 0)
            {
                return new SimulatorHost(router, null, 0, 0);
            }

            var listeners = new Listeners();
            web = BuildWeb(router, loggerFactory ?? NullLoggerFactory.Instance, listeners);
            await web.StartAsync(cancellationToken).ConfigureAwait(false);
            var host = new SimulatorHost(router, web, listeners.ControlPort, listeners.HttpPort);
            var log = (loggerFactory ?? NullLoggerFactory.Instance).CreateLogger<SimulatorHost>();
            string control = host.ControlUrl?.ToString() ?? "off";
            string front = host.HotspotUrl?.ToString() ?? "off";
            Log.WebListening(log, control, front);
            return host;
        }
        catch
        {
            if (web is not null)
            {
                await web.DisposeAsync().ConfigureAwait(false);
            }

            await router.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        if (_web is not null)
        {
            await _web.StopAsync().ConfigureAwait(false);
            await _web.DisposeAsync().ConfigureAwait(false);
        }

        await Router.DisposeAsync().ConfigureAwait(false);
    }

    private static WebApplication BuildWeb(SimulatedRouter router, ILoggerFactory loggerFactory, Listeners listeners)
    {
        var options = router.Options;
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(SimulatorHost).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton(loggerFactory);
        builder.Services.AddSingleton<IHostLifetime, QuietLifetime>();
        builder.Services.AddSingleton(router);
        builder.Services.AddProblemDetails();
        var bind = IPAddress.Parse(options.BindAddress);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            if (options.ControlPort != 0)
            {
                kestrel.Listen(IPAddress.Loopback, Math.Max(0, options.ControlPort), l => listeners.Control = l);
            }

            if (options.HttpPort != 0)
            {
                kestrel.Listen(bind, Math.Max(0, options.HttpPort), l => listeners.Http = l);
            }
        });

        var app = builder.Build();
        var front = new HotspotFront(router, allowClientIpOverride: IPAddress.IsLoopback(bind));
        app.MapWhen(ctx => listeners.Http is not null && ctx.Connection.LocalPort == listeners.HttpPort,
            branch => branch.Run(front.HandleAsync));
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseRouting();
        app.MapControlApi();
        return app;
    }

    private static string LocalHost(string bindAddress) =>
        IPAddress.TryParse(bindAddress, out var a) && (a.Equals(IPAddress.Any) || a.Equals(IPAddress.IPv6Any))
            ? "127.0.0.1"
            : bindAddress;

    /// <summary>The Kestrel listen options; Kestrel writes the bound endpoint back into them on start.</summary>
    private sealed class Listeners
    {
        public ListenOptions? Control { get; set; }

        public ListenOptions? Http { get; set; }

        public int ControlPort => Control?.IPEndPoint?.Port ?? 0;

        public int HttpPort => Http?.IPEndPoint?.Port ?? 0;
    }

    /// <summary>The program handles Ctrl+C itself; the web host must not install a second handler.</summary>
    private sealed class QuietLifetime : IHostLifetime
    {
        public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
