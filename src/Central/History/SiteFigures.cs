namespace KimHotspot.Central.History;

/// <summary>
/// The figures kept for a site per minute, hour and day: sums of deltas, maxima of peaks, minima of free space, and
/// sample counts (so means and availability can be derived). Rolling minutes into hours and hours into days is exact.
/// </summary>
public abstract class SiteFigures
{
    public required string SiteId { get; set; }

    /// <summary>Start of the minute, hour or day (UTC; days start at the site's local midnight expressed in UTC).</summary>
    public DateTimeOffset Start { get; set; }

    public long BytesIn { get; set; }

    public long BytesOut { get; set; }

    public int SessionStarts { get; set; }

    public int SessionEnds { get; set; }

    public int PeakUsers { get; set; }

    /// <summary>Distinct devices of the site's day (max of the day-so-far counts reported).</summary>
    public int DistinctDevices { get; set; }

    public int? CpuLoadMax { get; set; }

    public long CpuLoadSum { get; set; }

    public long? MemoryFreeMin { get; set; }

    public long? MemoryTotal { get; set; }

    public int RouterSamples { get; set; }

    public int RouterUnreachableSamples { get; set; }

    public int Reboots { get; set; }

    public int PortalUpSamples { get; set; }

    public int PortalDownSamples { get; set; }

    /// <summary>Reports that contributed (detail, or the detail a summary replaced).</summary>
    public int Reports { get; set; }
}

/// <summary>Minute detail, kept for <c>Central:MinuteDetailDays</c>.</summary>
public sealed class SiteMinute : SiteFigures;

/// <summary>Hourly roll-up, kept for years.</summary>
public sealed class SiteHour : SiteFigures;

/// <summary>Daily roll-up (site-local day), kept for years.</summary>
public sealed class SiteDay : SiteFigures;
