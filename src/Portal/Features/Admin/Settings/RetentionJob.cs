using KimHotspot.Portal.Data;
using KimHotspot.Portal.Features.Admin.Audit;
using KimHotspot.RouterOs;

namespace KimHotspot.Portal.Features.Admin.Settings;

/// <summary>
/// The nightly retention purge (UU 27/2022: keep personal data no longer than needed): at <see cref="RunAt"/>
/// village-local time it deletes old session history, trial and throttle rows, dead remembered devices, long
/// inactive rejected/expired/blocked members (with their router user) and old audit entries, then writes one
/// "retention.purge" audit entry with the counts. <see cref="RunOnceAsync"/> runs it now (the settings page's button).
/// </summary>
public sealed class RetentionJob(
    IServiceScopeFactory scopes, IRouterOsApi router, AuditLog audit, TimeProvider time, ILogger<RetentionJob> logger) : BackgroundService
{
    /// <summary>Village-local time of the nightly run.</summary>
    public static readonly TimeOnly RunAt = new(2, 30);

    private readonly SemaphoreSlim _one = new(1, 1);

    /// <summary>Purges once (never two runs at a time) and returns what it deleted.</summary>
    /// <param name="actor">"system" for the nightly run, the admin's username for "Jalankan sekarang".</param>
    /// <param name="cancellationToken">Stops between batches.</param>
    public async Task<RetentionCounts> RunOnceAsync(string actor = "system", CancellationToken cancellationToken = default)
    {
        await _one.WaitAsync(cancellationToken);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<PortalDb>();
            var counts = await new RetentionPurge(db, router, time, logger).RunAsync(cancellationToken);
            audit.Add(db, "retention.purge", "retention", after: counts, actor: actor);
            await db.SaveChangesAsync(cancellationToken);
            Log.RetentionPurged(logger, counts.SessionRecords, counts.TrialUsages, counts.DeviceThrottles,
                counts.RememberedDevices, counts.Members, counts.MembersDeferred, counts.AuditEntries);
            return counts;
        }
        finally
        {
            _one.Release();
        }
    }

    public override void Dispose()
    {
        _one.Dispose();
        base.Dispose();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                var now = time.GetUtcNow();
                var next = NightlySchedule.Next(now, time.LocalTimeZone, RunAt);
                Log.RetentionScheduled(logger, next);
                await Task.Delay(next - now, time, stoppingToken);
                try
                {
                    await RunOnceAsync(cancellationToken: stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    Log.RetentionFailed(logger, e); // tried again the next night
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }
}
