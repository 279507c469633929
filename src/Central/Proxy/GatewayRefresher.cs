using System.Diagnostics;
using KimHotspot.Central.Data;
using KimHotspot.Central.Metrics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace KimHotspot.Central.Proxy;

/// <summary>
/// Reads the registry (non-archived sites with a Portal address) into the gateway's routes: once at start, then on
/// every <see cref="RegistryChanges.Notify"/> and at least every <see cref="GatewayOptions.RefreshInterval"/>
/// (changes made on another node or straight in the database arrive that way).
/// </summary>
internal sealed class GatewayRefresher(
    IServiceScopeFactory scopes,
    GatewayConfigProvider config,
    RegistryChanges changes,
    IOptions<GatewayOptions> options,
    TimeProvider time,
    ILogger<GatewayRefresher> logger) : BackgroundService
{
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        // Routes exist before the first request is served.
        await RefreshAsync(cancellationToken);
        await base.StartAsync(cancellationToken);
    }

    /// <summary>One rebuild; failures are logged and the current routes kept.</summary>
    public async Task RefreshAsync(CancellationToken cancellationToken)
    {
        using var activity = CentralTelemetry.Source.StartActivity("gateway.refresh");
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<CentralDb>();
            var rows = await db.Sites.AsNoTracking()
                .Where(s => !s.Archived && s.PortalUrl != null && s.PortalUrl != "")
                .Select(s => new { s.Id, s.PortalUrl })
                .ToListAsync(cancellationToken);
            var sites = rows.Where(r => Usable(r.PortalUrl!)).Select(r => new GatewaySite(r.Id, r.PortalUrl!.TrimEnd('/'))).ToList();
            var changed = config.Apply(sites);
            activity?.SetTag("kim.gateway.sites", sites.Count);
            activity?.SetTag("kim.gateway.changed", changed);
            if (changed)
            {
                Log.GatewayRoutesChanged(logger, sites.Count);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            activity?.SetStatus(ActivityStatusCode.Error, e.GetType().Name);
            Log.GatewayRefreshFailed(logger, e);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.RefreshInterval, time);
        var tick = timer.WaitForNextTickAsync(stoppingToken).AsTask();
        var signal = changes.WaitAsync(stoppingToken);
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                var woke = await Task.WhenAny(tick, signal);
                await woke; // throws when stopping
                if (woke == tick)
                {
                    tick = timer.WaitForNextTickAsync(stoppingToken).AsTask();
                }
                else
                {
                    signal = changes.WaitAsync(stoppingToken);
                }

                await RefreshAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // shutting down
        }
    }

    /// <summary>A Portal address YARP can forward to (the registry form checks this too; old rows might not).</summary>
    private static bool Usable(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}
