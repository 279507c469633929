namespace KimHotspot.Contracts.Messages;

/// <summary>
/// Hotspot use during one interval. Byte and session figures are deltas for the interval,
/// exact across counter resets, reboots, session churn and missed polls.
/// </summary>
/// <param name="IntervalStart">Start of the interval (agent wall clock).</param>
/// <param name="IntervalEnd">End of the interval (agent wall clock).</param>
/// <param name="DurationMs">Monotonic length of the interval in milliseconds (trust this over End − Start).</param>
/// <param name="BytesIn">Bytes from users (upload; RouterOS <c>bytes-in</c>).</param>
/// <param name="BytesOut">Bytes to users (download; RouterOS <c>bytes-out</c>).</param>
/// <param name="SessionStarts">Sessions that started in the interval.</param>
/// <param name="SessionEnds">Sessions that ended in the interval.</param>
/// <param name="SessionsByLoginMethod">Sessions started in the interval, by RouterOS login method (e.g. <c>http-chap</c>).</param>
/// <param name="DistinctDevicesToday">Distinct devices seen on the site's local day so far.</param>
/// <param name="DeviceHashes">Salted hashes of the devices seen in this interval (never raw MACs).</param>
/// <param name="PeakConcurrent">Most sessions active at once in the interval.</param>
public sealed record HotspotUsage(
    DateTimeOffset IntervalStart,
    DateTimeOffset IntervalEnd,
    long DurationMs,
    long BytesIn,
    long BytesOut,
    int SessionStarts,
    int SessionEnds,
    IReadOnlyDictionary<string, int> SessionsByLoginMethod,
    int DistinctDevicesToday,
    IReadOnlyList<string> DeviceHashes,
    int PeakConcurrent) : ReportBody
{
    /// <summary>The <c>"kind"</c> discriminator value.</summary>
    public const string Kind = "hotspotUsage";
}
