namespace KimHotspot.Central.Live;

/// <summary>
/// What Central knows about a site right now: when it was last heard from and its latest figures.
/// Null figures mean "not reported yet".
/// </summary>
public sealed record SiteLive
{
    public required string SiteId { get; init; }

    /// <summary>Central's clock when the last batch from this site arrived.</summary>
    public DateTimeOffset LastSeen { get; init; }

    /// <summary>The (corrected) time of the newest sample received.</summary>
    public DateTimeOffset? LastSampleAt { get; init; }

    public bool? RouterReachable { get; init; }

    public long? RouterUptimeSeconds { get; init; }

    public int? CpuLoadPercent { get; init; }

    public long? MemoryFreeBytes { get; init; }

    public long? MemoryTotalBytes { get; init; }

    /// <summary>Sessions active at the end of the newest hotspot interval (its peak when only that is known).</summary>
    public int? ActiveUsers { get; init; }

    public bool? PortalReachable { get; init; }

    public int? OutboxDepth { get; init; }

    public long? OldestUnsentAgeSeconds { get; init; }

    public long? DroppedReports { get; init; }

    /// <summary>Central's clock minus the site's, as the agent last measured it.</summary>
    public long? ClockOffsetMs { get; init; }

    /// <summary>When the router last rebooted, as far as reports tell (corrected time of the sample that saw it).</summary>
    public DateTimeOffset? LastRebootAt { get; init; }
}
