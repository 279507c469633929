namespace KimHotspot.RouterAgent.Collect;

/// <summary>What <see cref="HotspotLedger"/> found between two readings of the hotspot.</summary>
internal sealed record HotspotInterval(
    long BytesIn,
    long BytesOut,
    int SessionStarts,
    int SessionEnds,
    IReadOnlyDictionary<string, int> SessionsByLoginMethod,
    int PeakConcurrent);
