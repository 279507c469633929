using KimHotspot.Central.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace KimHotspot.Central.Alerts;

/// <summary>
/// Delivers queued <see cref="AlertDelivery"/> rows: at once when woken by the engine, otherwise every
/// <see cref="DeliveryOptions.Poll"/>. A failure is retried with exponential backoff (or the channel's Retry-After)
/// until <see cref="DeliveryOptions.MaxAttempts"/>; every attempt is recorded.
/// </summary>
internal sealed class AlertDispatcher(
    IServiceScopeFactory scopes,
    IEnumerable<IAlertChannel> channels,
    IOptions<AlertsOptions> options,
    TimeProvider time,
    ILogger<AlertDispatcher> logger,
    KimHotspot.Central.Redis.ILeadership? leadership = null) : BackgroundService
{
    private const int BatchSize = 50;
    private readonly SemaphoreSlim _wake = new(0, 1);
    private readonly SemaphoreSlim _oneAtATime = new(1, 1);

    /// <summary>Asks for a delivery round now (new alerts are waiting).</summary>
    public void Wake()
    {
        try
        {
            _wake.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already woken.
        }
    }

    /// <summary>Tries every due delivery once; returns how many were delivered.</summary>
    public async Task<int> DeliverDueAsync(CancellationToken cancellationToken)
    {
        if (leadership?.IsLeader == false)
        {
            return 0; // every node sees the same delivery rows: only the leader sends
        }

        await _oneAtATime.WaitAsync(cancellationToken);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<CentralDb>();
            var now = time.GetUtcNow();
            var due = await db.AlertDeliveries.Include(d => d.Alert)
                .Where(d => d.DeliveredAt == null && !d.GaveUp && d.NextAttemptAt <= now)
                .OrderBy(d => d.Id).Take(BatchSize).ToListAsync(cancellationToken);
            int delivered = 0;
            foreach (var delivery in due)
            {
                delivered += await AttemptAsync(delivery, cancellationToken) ? 1 : 0;
                await db.SaveChangesAsync(cancellationToken);
            }

            return delivered;
        }
        finally
        {
            _oneAtATime.Release();
        }
    }

    private async Task<bool> AttemptAsync(AlertDelivery delivery, CancellationToken cancellationToken)
    {
        var alert = delivery.Alert!;
        var channel = channels.FirstOrDefault(c => c.Kind == delivery.Channel && c.IsConfigured);
        delivery.Attempts++;
        try
        {
            if (channel is null)
            {
                throw new AlertDeliveryException($"channel {delivery.Channel} is no longer configured");
            }

            var notice = new AlertNotice(alert.Id, alert.SiteId, alert.Kind, alert.Severity, delivery.Event, alert.OpenedAt, alert.ClosedAt, alert.FlapCount, delivery.Text);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(options.Value.Delivery.Timeout);
            await channel.SendAsync(notice, timeout.Token);
            delivery.DeliveredAt = time.GetUtcNow();
            delivery.LastError = null;
            Log.AlertDelivered(logger, alert.Id, delivery.Channel, delivery.Event, delivery.Attempts);
            return true;
        }
        catch (Exception e) when (e is AlertDeliveryException or HttpRequestException
                                  || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            Failed(delivery, e);
            return false;
        }
    }

    private void Failed(AlertDelivery delivery, Exception error)
    {
        var message = error is OperationCanceledException ? "timed out" : error.Message;
        delivery.LastError = message.Length > 500 ? message[..500] : message;
        var retry = options.Value.Delivery;
        if (delivery.Attempts >= retry.MaxAttempts)
        {
            delivery.GaveUp = true;
            Log.AlertDeliveryGaveUp(logger, delivery.AlertId, delivery.Channel, delivery.Attempts, delivery.LastError);
            return;
        }

        var backoff = RetryDelay(delivery.Attempts, retry);
        if (error is AlertDeliveryException { RetryAfter: { } asked } && asked > backoff)
        {
            backoff = asked < retry.MaxRetry * 4 ? asked : retry.MaxRetry * 4;
        }

        delivery.NextAttemptAt = time.GetUtcNow() + backoff;
        Log.AlertDeliveryFailed(logger, delivery.AlertId, delivery.Channel, delivery.Attempts, backoff, delivery.LastError);
    }

    /// <summary>The wait after the given number of failed attempts: FirstRetry, doubled each time, capped at MaxRetry.</summary>
    public static TimeSpan RetryDelay(int failedAttempts, DeliveryOptions retry)
    {
        ArgumentNullException.ThrowIfNull(retry);
        double factor = Math.Pow(2, Math.Clamp(failedAttempts - 1, 0, 30));
        return TimeSpan.FromTicks((long)Math.Min(retry.MaxRetry.Ticks, retry.FirstRetry.Ticks * factor));
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.Delivery.Poll, time);
        Task<bool>? tick = null;
        Task? wake = null;
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                try
                {
                    await DeliverDueAsync(stoppingToken);
                }
                catch (Exception e) when (e is DbUpdateException or InvalidOperationException or Microsoft.Data.Sqlite.SqliteException)
                {
                    Log.AlertDispatchFailed(logger, e);
                }

                // Whichever comes first; the other keeps waiting for the next round (no wake-up is lost).
                tick ??= timer.WaitForNextTickAsync(stoppingToken).AsTask();
                wake ??= _wake.WaitAsync(stoppingToken);
                var first = await Task.WhenAny(tick, wake);
                if (first == tick)
                {
                    tick = null;
                }
                else
                {
                    wake = null;
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    public override void Dispose()
    {
        _wake.Dispose();
        _oneAtATime.Dispose();
        base.Dispose();
    }
}
