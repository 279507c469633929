namespace KimHotspot.Central.History;

/// <summary>The chart ranges <see cref="HistoryQuery"/> serves.</summary>
public enum HistoryRange
{
    /// <summary>Last 24 hours in 5-minute buckets.</summary>
    Day,

    /// <summary>Last 7 days in UTC hours (168 buckets).</summary>
    Week,

    /// <summary>Last 30 site-local days (today included) in days.</summary>
    Month,
}

/// <summary>
/// One chart bucket. Sums and counts are for the bucket; <see cref="PeakUsers"/> is the most users at once (per site)
/// or the sum of the sites' peaks (fleet); <see cref="CpuLoadMean"/> is null when no reachable router sample fell in it.
/// </summary>
public sealed record HistoryPoint(
    DateTimeOffset Start,
    long BytesIn,
    long BytesOut,
    int SessionStarts,
    int PeakUsers,
    int DistinctDevices,
    int? CpuLoadMax,
    double? CpuLoadMean,
    long? MemoryFreeMin,
    long? MemoryTotal,
    int RouterSamples,
    int RouterUnreachableSamples,
    int Reboots,
    int PortalUpSamples,
    int PortalDownSamples,
    int Reports)
{
    internal static HistoryPoint Of(DateTimeOffset start, SiteFigures f) => new(
        start, f.BytesIn, f.BytesOut, f.SessionStarts, f.PeakUsers, f.DistinctDevices, f.CpuLoadMax,
        f.RouterSamples > 0 && f.CpuLoadMax is not null ? (double)f.CpuLoadSum / f.RouterSamples : null,
        f.MemoryFreeMin, f.MemoryTotal, f.RouterSamples, f.RouterUnreachableSamples, f.Reboots,
        f.PortalUpSamples, f.PortalDownSamples, f.Reports);
}
