using KimHotspot.Central.Data;
using KimHotspot.Central.Live;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace KimHotspot.Central.Sweeper;

/// <summary>
/// Computes every watched site's status on a timer (<see cref="SweeperOptions.Interval"/>), publishes it on the
/// <see cref="ISiteStatusBoard"/>, logs transitions and hands each sweep to the <see cref="ISweepListener"/>s.
/// </summary>
internal sealed class SiteSweeper(
    IServiceScopeFactory scopes,
    SiteStatusBoard board,
    IPortalReachability portal,
    IEnumerable<ISweepListener> listeners,
    IOptions<SweeperOptions> options,
    TimeProvider time,
    ILogger<SiteSweeper> logger) : BackgroundService
{
    private bool _warnedNoLiveState;

    /// <summary>One sweep: reads the registry and the live state, updates the board, tells the listeners.</summary>
    public async Task<SweepResult> SweepOnceAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CentralDb>();
        var sites = await db.Sites.AsNoTracking().Where(s => !s.Archived).ToListAsync(cancellationToken);
        var liveState = scope.ServiceProvider.GetService<ILiveState>();
        if (liveState is null && !_warnedNoLiveState)
        {
            _warnedNoLiveState = true;
            Log.SweepWithoutLiveState(logger);
        }

        var live = liveState is null ? [] : await liveState.GetAllAsync(cancellationToken);
        var liveById = live.ToDictionary(l => l.SiteId, StringComparer.Ordinal);
        var now = time.GetUtcNow();
        var swept = new List<SiteSweep>(sites.Count);
        foreach (var site in sites)
        {
            var siteLive = liveById.GetValueOrDefault(site.Id);
            var verdict = StatusRules.Evaluate(now, site, siteLive, portal.IsReachable(site.Id), options.Value);
            var before = board.Get(site.Id);
            var since = before is not null && before.Status == verdict.Status ? before.Since : now;
            var entry = new SiteStatusEntry(site.Id, verdict.Status, verdict.Reason, siteLive?.LastSeen, since, now);
            swept.Add(new SiteSweep(site, siteLive, entry, before?.Status));
        }

        board.Replace(swept.Select(s => s.Status));
        var result = new SweepResult(now, swept);
        foreach (var change in result.Transitions)
        {
            Log.SiteStatusChanged(logger, change.Site.Id, change.Previous!.Value, change.Status.Status, change.Status.Reason);
        }

        foreach (var listener in listeners)
        {
            await listener.OnSweptAsync(result, cancellationToken);
        }

        return result;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.Interval, time);
        try
        {
            do
            {
                try
                {
                    await SweepOnceAsync(stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // One failed sweep (database busy, Redis down) must not stop the next.
                    Log.SweepFailed(logger, e);
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }
}
