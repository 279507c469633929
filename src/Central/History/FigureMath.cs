using KimHotspot.Contracts.Messages;

namespace KimHotspot.Central.History;

/// <summary>
/// How reports become figures and figures roll up: deltas and counts are summed, peaks and day-so-far counts maxed,
/// free memory minimised, total memory maxed. The same rules at every level make minute → hour → day exact.
/// </summary>
public static class FigureMath
{
    /// <summary>Folds one report body into <paramref name="into"/>.</summary>
    public static void Add(SiteFigures into, ReportBody body)
    {
        ArgumentNullException.ThrowIfNull(into);
        switch (body)
        {
            case RouterHealth router:
                AddRouter(into, router);
                into.Reports++;
                break;
            case HotspotUsage usage:
                into.BytesIn += usage.BytesIn;
                into.BytesOut += usage.BytesOut;
                into.SessionStarts += usage.SessionStarts;
                into.SessionEnds += usage.SessionEnds;
                into.PeakUsers = Math.Max(into.PeakUsers, usage.PeakConcurrent);
                into.DistinctDevices = Math.Max(into.DistinctDevices, usage.DistinctDevicesToday);
                into.Reports++;
                break;
            case PortalHealth portal:
                _ = portal.Reachable ? into.PortalUpSamples++ : into.PortalDownSamples++;
                into.Reports++;
                break;
            case HourlySummary summary:
                AddSummary(into, summary);
                break;
            default:
                into.Reports++; // agent health: no figures, but it came
                break;
        }
    }

    /// <summary>Adds <paramref name="part"/> (a finer roll-up of the same site) into <paramref name="into"/>.</summary>
    public static void Merge(SiteFigures into, SiteFigures part)
    {
        ArgumentNullException.ThrowIfNull(into);
        ArgumentNullException.ThrowIfNull(part);
        into.BytesIn += part.BytesIn;
        into.BytesOut += part.BytesOut;
        into.SessionStarts += part.SessionStarts;
        into.SessionEnds += part.SessionEnds;
        into.PeakUsers = Math.Max(into.PeakUsers, part.PeakUsers);
        into.DistinctDevices = Math.Max(into.DistinctDevices, part.DistinctDevices);
        into.CpuLoadMax = Max(into.CpuLoadMax, part.CpuLoadMax);
        into.CpuLoadSum += part.CpuLoadSum;
        into.MemoryFreeMin = Min(into.MemoryFreeMin, part.MemoryFreeMin);
        into.MemoryTotal = Max(into.MemoryTotal, part.MemoryTotal);
        into.RouterSamples += part.RouterSamples;
        into.RouterUnreachableSamples += part.RouterUnreachableSamples;
        into.Reboots += part.Reboots;
        into.PortalUpSamples += part.PortalUpSamples;
        into.PortalDownSamples += part.PortalDownSamples;
        into.Reports += part.Reports;
    }

    /// <summary>Zeroes every figure (before a rebuild).</summary>
    public static void Clear(SiteFigures figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        figures.BytesIn = figures.BytesOut = figures.CpuLoadSum = 0;
        figures.SessionStarts = figures.SessionEnds = figures.PeakUsers = figures.DistinctDevices = 0;
        figures.RouterSamples = figures.RouterUnreachableSamples = figures.Reboots = 0;
        figures.PortalUpSamples = figures.PortalDownSamples = figures.Reports = 0;
        figures.CpuLoadMax = null;
        figures.MemoryFreeMin = figures.MemoryTotal = null;
    }

    private static void AddRouter(SiteFigures into, RouterHealth router)
    {
        if (!router.ApiReachable)
        {
            into.RouterUnreachableSamples++;
            return;
        }

        into.RouterSamples++;
        into.Reboots += router.Rebooted ? 1 : 0;
        into.CpuLoadMax = Max(into.CpuLoadMax, router.CpuLoadPercent);
        into.CpuLoadSum += router.CpuLoadPercent ?? 0;
        into.MemoryFreeMin = Min(into.MemoryFreeMin, router.MemoryFreeBytes);
        into.MemoryTotal = Max(into.MemoryTotal, router.MemoryTotalBytes);
    }

    private static void AddSummary(SiteFigures into, HourlySummary s)
    {
        into.BytesIn += s.BytesIn;
        into.BytesOut += s.BytesOut;
        into.SessionStarts += s.SessionStarts;
        into.SessionEnds += s.SessionEnds;
        into.PeakUsers = Math.Max(into.PeakUsers, s.PeakConcurrent);
        into.DistinctDevices = Math.Max(into.DistinctDevices, s.DistinctDevicesToday);
        into.CpuLoadMax = Max(into.CpuLoadMax, s.CpuLoadMaxPercent);
        into.CpuLoadSum += s.CpuLoadSumPercent ?? 0;
        into.MemoryFreeMin = Min(into.MemoryFreeMin, s.MemoryFreeMinBytes);
        into.MemoryTotal = Max(into.MemoryTotal, s.MemoryTotalBytes);
        into.RouterSamples += s.RouterSamples;
        into.RouterUnreachableSamples += s.ApiUnreachableSamples;
        into.Reboots += s.Reboots;
        into.Reports += s.ReplacedReports;
    }

    private static T? Max<T>(T? a, T? b) where T : struct, IComparable<T> =>
        a is null ? b : b is null ? a : a.Value.CompareTo(b.Value) >= 0 ? a : b;

    private static T? Min<T>(T? a, T? b) where T : struct, IComparable<T> =>
        a is null ? b : b is null ? a : a.Value.CompareTo(b.Value) <= 0 ? a : b;
}
