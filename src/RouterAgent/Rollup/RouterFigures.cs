using KimHotspot.Contracts.Messages;

namespace KimHotspot.RouterAgent.Rollup;

/// <summary>The router figures of reachable samples: maxima, minima, sums and last seen totals (null when none seen).</summary>
internal sealed class RouterFigures
{
    public int Samples { get; private set; }
    public long? UptimeMax { get; private set; }
    public int? CpuMax { get; private set; }
    public long? CpuSum { get; private set; }
    public long? MemoryFreeMin { get; private set; }
    public long? MemoryTotal { get; private set; }
    public long? StorageFreeMin { get; private set; }
    public long? StorageTotal { get; private set; }

    public void AddSample(RouterHealth r)
    {
        Samples = checked(Samples + 1);
        Combine(r.UptimeSeconds, r.CpuLoadPercent, r.CpuLoadPercent, r.MemoryFreeBytes, r.MemoryTotalBytes,
            r.StorageFreeBytes, r.StorageTotalBytes);
    }

    public void AddSummary(HourlySummary s)
    {
        Samples = checked(Samples + s.RouterSamples);
        Combine(s.UptimeSecondsMax, s.CpuLoadMaxPercent, s.CpuLoadSumPercent, s.MemoryFreeMinBytes, s.MemoryTotalBytes,
            s.StorageFreeMinBytes, s.StorageTotalBytes);
    }

    private void Combine(long? uptime, int? cpuMax, long? cpuSum, long? memFree, long? memTotal, long? storageFree, long? storageTotal)
    {
        UptimeMax = Max(UptimeMax, uptime);
        CpuMax = cpuMax is { } c && (CpuMax is not { } m || c > m) ? c : CpuMax;
        CpuSum = cpuSum is { } add ? checked((CpuSum ?? 0) + add) : CpuSum;
        MemoryFreeMin = Min(MemoryFreeMin, memFree);
        MemoryTotal = memTotal ?? MemoryTotal;
        StorageFreeMin = Min(StorageFreeMin, storageFree);
        StorageTotal = storageTotal ?? StorageTotal;
    }

    private static long? Max(long? a, long? b) => a is { } x && b is { } y ? Math.Max(x, y) : a ?? b;

    private static long? Min(long? a, long? b) => a is { } x && b is { } y ? Math.Min(x, y) : a ?? b;
}
