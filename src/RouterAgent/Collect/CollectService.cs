namespace KimHotspot.RouterAgent.Collect;

/// <summary>Runs the <see cref="Collector"/> until the agent stops; wakes at least every 30 s so the watchdog sees it alive.</summary>
public sealed class CollectService(Collector collector, TimeProvider time) : BackgroundService
{
    private static readonly TimeSpan MaxSleep = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                await collector.RunDueAsync(stoppingToken);
                var wait = collector.UntilNextDue();
                await Task.Delay(wait < MaxSleep ? wait : MaxSleep, time, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: every sample taken so far is already in the outbox.
        }
    }
}
