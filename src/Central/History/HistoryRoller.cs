using Microsoft.Extensions.Options;

namespace KimHotspot.Central.History;

/// <summary>Runs a <see cref="RollupPass"/> at start and every <see cref="HistoryOptions.RollInterval"/> (injected clock).</summary>
public sealed class HistoryRoller(RollupPass pass, TimeProvider time, IOptions<HistoryOptions> options, ILogger<HistoryRoller> logger)
    : BackgroundService
{
    private TaskCompletionSource<RollupResult> _next = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when the next pass has finished (for tests and diagnostics).</summary>
    public Task<RollupResult> NextPass => Volatile.Read(ref _next).Task;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.RollInterval, time);
        do
        {
            try
            {
                var result = await pass.RunAsync(stoppingToken);
                Log.RollupDone(logger, result.Hours, result.Days, result.MinutesDeleted);
                Interlocked.Exchange(ref _next, new(TaskCreationOptions.RunContinuationsAsynchronously)).SetResult(result);
            }
            catch (Exception e) when (e is Microsoft.Data.Sqlite.SqliteException or Microsoft.EntityFrameworkCore.DbUpdateException)
            {
                Log.RollupFailed(logger, e); // nothing committed; the next tick tries again
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
