using KimHotspot.Contracts.Messages;
using static KimHotspot.RouterAgent.Tests.Rollup.RollupSamples;

namespace KimHotspot.RouterAgent.Tests.Rollup;

public sealed class ReportRollupRouterTests
{
    [Fact]
    public void Merge_RouterDetail_MaxMinLastSeenAndCounts()
    {
        var merged = Merge(
            RouterHealth.Kind,
            Row(Router(uptime: 5_000, cpu: 20, memFree: 90_000_000, storageFree: 70_000_000,
                interfaces: [new("ether1", 100, 200), new("wlan1", 5, 6)])),
            Row(Router(uptime: 5_300, cpu: 80, memFree: 60_000_000, storageFree: 71_000_000,
                interfaces: [new("wlan1", 10, 20)]), minute: 5),
            Row(Unreachable(), minute: 10),
            Row(Router(uptime: 40, cpu: 35, memFree: 95_000_000, storageFree: 69_000_000, rebooted: true,
                memTotal: 512_000_000, storageTotal: 64_000_000, interfaces: [new("bridge", 1, 1), new("ether1", 1_000, 2_000)]), minute: 15),
            Row(Unreachable(), minute: 20));

        var s = Summary(merged);
        Assert.Equal(5_300, s.UptimeSecondsMax);
        Assert.Equal(1, s.Reboots);
        Assert.Equal(80, s.CpuLoadMaxPercent);
        Assert.Equal(135, s.CpuLoadSumPercent);
        Assert.Equal(60_000_000, s.MemoryFreeMinBytes);
        Assert.Equal(512_000_000, s.MemoryTotalBytes); // last seen
        Assert.Equal(69_000_000, s.StorageFreeMinBytes);
        Assert.Equal(64_000_000, s.StorageTotalBytes); // last seen
        Assert.Equal((3, 2), (s.RouterSamples, s.ApiUnreachableSamples));
        Assert.Equal([new("bridge", 1, 1), new("ether1", 1_100, 2_200), new("wlan1", 15, 26)], s.Interfaces);
        Assert.Equal(5, s.ReplacedReports);
    }

    [Fact]
    public void Merge_RouterDetail_HotspotFiguresZero()
    {
        var s = Summary(Merge(RouterHealth.Kind, Row(Router(1, 1, 1, 1)), Row(Router(2, 2, 2, 2))));

        Assert.Equal((0L, 0L, 0, 0, 0, 0), (s.BytesIn, s.BytesOut, s.SessionStarts, s.SessionEnds, s.PeakConcurrent, s.DistinctDevicesToday));
        Assert.Empty(s.SessionsByLoginMethod);
        Assert.Empty(s.DeviceHashes);
    }

    [Fact]
    public void Merge_OnlyUnreachableSamples_RouterFiguresNullAndCounted()
    {
        var s = Summary(Merge(RouterHealth.Kind, Row(Unreachable()), Row(Unreachable()), Row(Unreachable())));

        Assert.Equal((0, 3, 3), (s.RouterSamples, s.ApiUnreachableSamples, s.ReplacedReports));
        Assert.Null(s.UptimeSecondsMax);
        Assert.Null(s.CpuLoadMaxPercent);
        Assert.Null(s.CpuLoadSumPercent);
        Assert.Null(s.MemoryFreeMinBytes);
        Assert.Null(s.MemoryTotalBytes);
        Assert.Null(s.StorageFreeMinBytes);
        Assert.Null(s.StorageTotalBytes);
    }

    [Fact]
    public void Merge_UnreachableSummaryThenReachableDetail_FiguresFromReachableOnly()
    {
        var first = Merge(RouterHealth.Kind, Row(Unreachable()), Row(Unreachable()));
        var s = Summary(Merge(RouterHealth.Kind, first, Row(Router(77, 9, 1_000, 2_000), minute: 30)));

        Assert.Equal((1, 2, 3), (s.RouterSamples, s.ApiUnreachableSamples, s.ReplacedReports));
        Assert.Equal((77L, 9, 9L, 1_000L, 2_000L), (s.UptimeSecondsMax!.Value, s.CpuLoadMaxPercent!.Value,
            s.CpuLoadSumPercent!.Value, s.MemoryFreeMinBytes!.Value, s.StorageFreeMinBytes!.Value));
    }
}
