using KimHotspot.RouterSimulator.Api;
using KimHotspot.RouterSimulator.Model;
using Microsoft.Extensions.Logging;

namespace KimHotspot.RouterSimulator.Traffic;

/// <summary>
/// Every <see cref="SimulatorOptions.TrafficInterval"/> (on the injected clock): synthetic traffic,
/// interface rates, cpu load, and the hotspot's timeouts and limits.
/// </summary>
internal sealed class TrafficTicker(RouterModel model, ILogger logger) : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private Task _loop = Task.CompletedTask;

    /// <summary>Raised after each tick (outside the lock); lets tests await a tick instead of sleeping.</summary>
    public event Action? Ticked;

    public void Start()
    {
        if (model.Options.TrafficInterval > TimeSpan.Zero)
        {
            _loop = RunAsync(_stop.Token);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        await _loop.ConfigureAwait(false);
        _stop.Dispose();
    }

    private async Task RunAsync(CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(model.Options.TrafficInterval, model.Time);
        long last = model.Time.GetTimestamp();
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken).ConfigureAwait(false))
            {
                long now = model.Time.GetTimestamp();
                var elapsed = model.Time.GetElapsedTime(last, now);
                last = now;
                try
                {
                    lock (model.Gate)
                    {
                        model.Tick(elapsed);
                    }
                }
                catch (Exception e) when (e is InvalidOperationException or ArgumentException or OverflowException)
                {
                    EngineLog.TickFailed(logger, e);
                }

                Ticked?.Invoke();
            }
        }
        catch (OperationCanceledException)
        {
            // Stopped.
        }
    }
}
