namespace KimHotspot.RouterAgent.Collect;

/// <summary>
/// Tells router reboots from uptime readings. The router's boot instant, seen on the agent's monotonic
/// clock, is <c>now − uptime</c>; it stays put while the router runs. A reboot moves it forward (by the
/// old uptime plus the time to the reboot), so a reboot is seen even when polls were missed for so
/// long that the new uptime already exceeds the old one. Not thread-safe: one poller owns one detector.
/// </summary>
public sealed class RebootDetector
{
    /// <summary>Fixed slack: uptime is shown in whole seconds and the API round trip takes time.</summary>
    public static readonly TimeSpan Slack = TimeSpan.FromSeconds(10);

    /// <summary>Clock drift allowed between the router and the agent (0.1 %).</summary>
    public const double DriftAllowance = 0.001;

    private readonly TimeProvider _time;
    private TimeSpan? _uptime;
    private long _at;

    /// <summary>Creates a detector on the agent's monotonic clock.</summary>
    public RebootDetector(TimeProvider time) => _time = time ?? throw new ArgumentNullException(nameof(time));

    /// <summary>
    /// True when the router rebooted between the previous reading and <paramref name="uptime"/>:
    /// the uptime went back, or the boot instant moved forward by more than the slack and drift allow.
    /// </summary>
    public static bool IsReboot(TimeSpan previousUptime, TimeSpan uptime, TimeSpan elapsed)
    {
        if (uptime < previousUptime)
        {
            return true;
        }

        var bootMoved = elapsed - (uptime - previousUptime);
        return bootMoved > Slack + (elapsed * DriftAllowance);
    }

    /// <summary>Records a reading taken now; true when the router rebooted since the previous one.
    /// The first reading (or the first after <see cref="Reset"/>) is never a reboot.</summary>
    public bool Observe(TimeSpan uptime)
    {
        long now = _time.GetTimestamp();
        bool rebooted = _uptime is { } previous && IsReboot(previous, uptime, _time.GetElapsedTime(_at, now));
        _uptime = uptime;
        _at = now;
        return rebooted;
    }

    /// <summary>Forgets the previous reading.</summary>
    public void Reset() => _uptime = null;
}
