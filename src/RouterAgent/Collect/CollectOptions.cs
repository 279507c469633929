using System.ComponentModel.DataAnnotations;

namespace KimHotspot.RouterAgent.Collect;

/// <summary>
/// Section <c>Collect</c>: how often each thing is sampled. The defaults fit a VSAT site: a report of each kind a
/// minute is a few hundred bytes, and Central calls a site stale after three missed reports.
/// </summary>
public sealed class CollectOptions
{
    public const string Section = "Collect";

    /// <summary>Router health (identity, uptime, CPU, memory, storage, clock, interfaces, API round trip).</summary>
    [TimeRange("00:00:01", "1.00:00:00")]
    public TimeSpan RouterInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Hotspot usage (bytes, session starts and ends, devices, peak).</summary>
    [TimeRange("00:00:01", "1.00:00:00")]
    public TimeSpan HotspotInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>The Portal's <c>/health</c>.</summary>
    [TimeRange("00:00:01", "1.00:00:00")]
    public TimeSpan PortalInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>The agent's own pipeline (outbox depth, oldest unsent, drops, last acknowledgement, clock offset).</summary>
    [TimeRange("00:00:01", "1.00:00:00")]
    public TimeSpan AgentInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The Portal's health address; empty when this village has no Portal to watch.</summary>
    public Uri? PortalHealthUrl { get; set; } = new("http://127.0.0.1:5080/health");

    /// <summary>How long the Portal may take to answer before it counts as unreachable.</summary>
    [TimeRange("00:00:01", "00:10:00")]
    public TimeSpan PortalTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The hotspot user counters carry bytes of sessions that ended between polls (see <see cref="HotspotPollerOptions"/>).</summary>
    public bool UseUserCounters { get; set; } = true;

    /// <summary>See <see cref="HotspotPollerOptions.UserCountersIncludeActiveSessions"/>.</summary>
    public bool UserCountersIncludeActiveSessions { get; set; } = true;

    /// <summary>See <see cref="HotspotPollerOptions.UserCountersResetOnReboot"/>.</summary>
    public bool UserCountersResetOnReboot { get; set; } = true;

    /// <summary>The hotspot poller's counter semantics.</summary>
    public HotspotPollerOptions HotspotPoller() => new()
    {
        UseUserCounters = UseUserCounters,
        UserCountersIncludeActiveSessions = UserCountersIncludeActiveSessions,
        UserCountersResetOnReboot = UserCountersResetOnReboot,
    };
}
