using KimHotspot.Portal.Data;
using Microsoft.EntityFrameworkCore;

namespace KimHotspot.Portal.Features.Login;

/// <summary>Deletes expired login attempts every few minutes (they hold MACs: keep them no longer than needed).</summary>
public sealed class AttemptPurge(IServiceScopeFactory scopes, TimeProvider time, ILogger<AttemptPurge> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(5);

    /// <summary>Deletes every attempt that expired before now; returns how many.</summary>
    public async Task<int> PurgeOnceAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDb>();
        var now = time.GetUtcNow();
        return await db.LoginAttempts.Where(a => a.ExpiresAt < now).ExecuteDeleteAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    int deleted = await PurgeOnceAsync(stoppingToken);
                    Log.AttemptsPurged(logger, deleted);
                }
                catch (Exception e) when (e is Microsoft.Data.Sqlite.SqliteException or DbUpdateException or InvalidOperationException)
                {
                    Log.AttemptPurgeFailed(logger, e);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }
}
