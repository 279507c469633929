namespace KimHotspot.Contracts.Messages;

/// <summary>
/// An exact roll-up of one hour's <see cref="HotspotUsage"/> and <see cref="RouterHealth"/>
/// detail, written by the outbox instead of that detail when the disk budget runs short.
/// Deltas are summed, peaks maxed, minima minimised; router figures are null when no
/// reachable router sample fell in the hour.
/// </summary>
/// <param name="HourStart">Start of the hour (agent wall clock).</param>
/// <param name="BytesIn">Sum of <see cref="HotspotUsage.BytesIn"/>.</param>
/// <param name="BytesOut">Sum of <see cref="HotspotUsage.BytesOut"/>.</param>
/// <param name="SessionStarts">Sum of session starts.</param>
/// <param name="SessionEnds">Sum of session ends.</param>
/// <param name="SessionsByLoginMethod">Per-method sums.</param>
/// <param name="DistinctDevicesToday">Maximum of the day-so-far distinct device count.</param>
/// <param name="DeviceHashes">Union of the device hashes.</param>
/// <param name="PeakConcurrent">Maximum of the peaks.</param>
/// <param name="UptimeSecondsMax">Largest router uptime seen.</param>
/// <param name="Reboots">Number of router samples flagged <see cref="RouterHealth.Rebooted"/>.</param>
/// <param name="CpuLoadMaxPercent">Largest CPU load.</param>
/// <param name="CpuLoadSumPercent">Sum of CPU loads (divide by <paramref name="RouterSamples"/> for the mean).</param>
/// <param name="MemoryFreeMinBytes">Smallest free memory.</param>
/// <param name="MemoryTotalBytes">Total memory (last seen).</param>
/// <param name="StorageFreeMinBytes">Smallest free storage.</param>
/// <param name="StorageTotalBytes">Total storage (last seen).</param>
/// <param name="RouterSamples">Router samples with the API reachable.</param>
/// <param name="ApiUnreachableSamples">Router samples with the API unreachable.</param>
/// <param name="Interfaces">Per-interface sums of the byte deltas.</param>
/// <param name="ReplacedReports">How many detail reports this summary replaces.</param>
public sealed record HourlySummary(
    DateTimeOffset HourStart,
    long BytesIn,
    long BytesOut,
    int SessionStarts,
    int SessionEnds,
    IReadOnlyDictionary<string, int> SessionsByLoginMethod,
    int DistinctDevicesToday,
    IReadOnlyList<string> DeviceHashes,
    int PeakConcurrent,
    long? UptimeSecondsMax,
    int Reboots,
    int? CpuLoadMaxPercent,
    long? CpuLoadSumPercent,
    long? MemoryFreeMinBytes,
    long? MemoryTotalBytes,
    long? StorageFreeMinBytes,
    long? StorageTotalBytes,
    int RouterSamples,
    int ApiUnreachableSamples,
    IReadOnlyList<InterfaceTraffic> Interfaces,
    int ReplacedReports) : ReportBody
{
    /// <summary>The <c>"kind"</c> discriminator value.</summary>
    public const string Kind = "hourlySummary";
}
