using System.Globalization;
using KimHotspot.RouterAgent.Collect;
using Microsoft.Extensions.Hosting.Systemd;

namespace KimHotspot.RouterAgent.Systemd;

/// <summary>
/// Pets systemd's watchdog (<c>WatchdogSec=</c> in the unit) at half its period, but only while the collector keeps
/// finishing cycles: a stuck agent stops petting, and systemd restarts it. Does nothing outside systemd.
/// </summary>
public sealed class Watchdog(
    ISystemdNotifier notifier, Collector collector, TimeProvider time, IHostApplicationLifetime lifetime, ILogger<Watchdog> logger)
    : BackgroundService
{
    /// <summary>The period systemd expects, from <c>WATCHDOG_USEC</c>; null when no watchdog is set for this process.</summary>
    public static TimeSpan? Period(string? usec, string? pid)
    {
        if (!long.TryParse(usec, NumberStyles.None, CultureInfo.InvariantCulture, out var micros) || micros <= 0)
        {
            return null;
        }

        // WATCHDOG_PID, when set, names the process meant; a child started by us must not pet for it.
        if (pid is not null && pid != Environment.ProcessId.ToString(CultureInfo.InvariantCulture))
        {
            return null;
        }

        return TimeSpan.FromTicks(micros * TimeSpan.TicksPerMicrosecond);
    }

    /// <summary>Whether a collector whose last cycle ended <paramref name="sinceLastCycle"/> ago counts as alive.</summary>
    public static bool Alive(TimeSpan sinceLastCycle, TimeSpan period) => sinceLastCycle < period;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var period = Period(Environment.GetEnvironmentVariable("WATCHDOG_USEC"), Environment.GetEnvironmentVariable("WATCHDOG_PID"));
        if (!notifier.IsEnabled || period is not { } p)
        {
            return;
        }

        // The collector wakes at least every 30 s; a period shorter than a minute would restart a healthy agent.
        var limit = p < TimeSpan.FromMinutes(1) ? TimeSpan.FromMinutes(1) : p;
        try
        {
            // Pets start once every service has started (when READY=1 goes out).
            var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            using (lifetime.ApplicationStarted.Register(() => started.TrySetResult()))
            {
                await started.Task.WaitAsync(stoppingToken);
            }

            while (!stoppingToken.IsCancellationRequested)
            {
                await Task.Delay(p / 2, time, stoppingToken);
                if (Alive(time.GetElapsedTime(collector.LastCycle), limit))
                {
                    notifier.Notify(new ServiceState("WATCHDOG=1"));
                }
                else
                {
                    Log.WatchdogWithheld(logger, time.GetElapsedTime(collector.LastCycle));
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }
}
