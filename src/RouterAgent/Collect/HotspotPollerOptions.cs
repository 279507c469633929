namespace KimHotspot.RouterAgent.Collect;

/// <summary>
/// How <see cref="HotspotPoller"/> reads <c>/ip/hotspot/user</c> counters. The reference (§4.4) calls
/// them "accumulated totals" but is silent on whether they include running sessions and whether they
/// survive a reboot, so both are switches; the defaults match our reading and the simulator.
/// </summary>
public sealed record HotspotPollerOptions
{
    /// <summary>Use the per-user totals so bytes of sessions that ended between polls are not lost (default true).</summary>
    public bool UseUserCounters { get; init; } = true;

    /// <summary>True (default): a user's counters already include its running sessions. False: they grow only
    /// when a session ends, so the running sessions' counters are added to them.</summary>
    public bool UserCountersIncludeActiveSessions { get; init; } = true;

    /// <summary>True (default): user counters restart from zero when the router reboots.</summary>
    public bool UserCountersResetOnReboot { get; init; } = true;
}
