using KimHotspot.Central.Live;
using KimHotspot.Central.Sweeper;

namespace KimHotspot.Central.Alerts;

/// <summary>
/// The pure conditions behind the gated alert kinds. Null means "cannot tell now" (figure not reported, or the site is
/// not online so its figures are old): the gate is left as it is.
/// </summary>
public static class AlertConditions
{
    /// <summary>The kinds that go through a <see cref="FlapGate"/> (reboots are one-shot events).</summary>
    public static readonly AlertKind[] Gated =
        [AlertKind.Offline, AlertKind.RouterUnreachable, AlertKind.HighCpu, AlertKind.LowMemory, AlertKind.BacklogGrowing];

    /// <summary>Whether <paramref name="kind"/>'s condition holds; <paramref name="backlogRise"/> is the outbox growth within the backlog hold.</summary>
    public static bool? Holds(AlertKind kind, SiteStatus status, SiteLive? live, long backlogRise, AlertsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (kind == AlertKind.Offline)
        {
            return status == SiteStatus.Unknown ? null : status == SiteStatus.Offline;
        }

        if (status != SiteStatus.Online || live is null)
        {
            return null;
        }

        return kind switch
        {
            AlertKind.RouterUnreachable => live.RouterReachable is { } reachable ? !reachable : null,
            AlertKind.HighCpu => live.CpuLoadPercent is { } cpu ? cpu >= options.CpuPercentAbove : null,
            AlertKind.LowMemory => FreeMemoryPercent(live) is { } free ? free < options.MemoryFreePercentBelow : null,
            AlertKind.BacklogGrowing => Backlog(live, backlogRise, options),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "not a gated kind"),
        };
    }

    /// <summary>Free memory in percent of total, when both are known.</summary>
    public static double? FreeMemoryPercent(SiteLive live)
    {
        ArgumentNullException.ThrowIfNull(live);
        return live is { MemoryFreeBytes: { } free, MemoryTotalBytes: > 0 and var total } ? free * 100.0 / total : null;
    }

    /// <summary>The hold times of a kind.</summary>
    public static GateHolds HoldsFor(AlertKind kind, AlertsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var (open, close) = kind switch
        {
            AlertKind.Offline => (options.OfflineHold, options.BackOnlineHold),
            AlertKind.RouterUnreachable => (options.RouterUnreachableHold, options.ClearHold),
            AlertKind.HighCpu => (options.CpuHold, options.ClearHold),
            AlertKind.LowMemory => (options.MemoryHold, options.ClearHold),
            AlertKind.BacklogGrowing => (options.BacklogHold, options.ClearHold),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "not a gated kind"),
        };
        return new GateHolds(open, close, options.FlappingAfter, options.FlappingClearHold);
    }

    /// <summary>How urgent a kind is.</summary>
    public static AlertSeverity Severity(AlertKind kind) => kind switch
    {
        AlertKind.Offline or AlertKind.RouterUnreachable => AlertSeverity.Critical,
        AlertKind.RouterRebooted => AlertSeverity.Info,
        _ => AlertSeverity.Warning,
    };

    private static bool? Backlog(SiteLive live, long rise, AlertsOptions options)
    {
        if (live.OldestUnsentAgeSeconds is null && live.OutboxDepth is null)
        {
            return null;
        }

        return live.OldestUnsentAgeSeconds >= options.BacklogAgeAbove.TotalSeconds || rise >= options.BacklogRise;
    }
}
