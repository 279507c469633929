using KimHotspot.Contracts.Messages;
using static KimHotspot.RouterAgent.Tests.Rollup.RollupSamples;

namespace KimHotspot.RouterAgent.Tests.Rollup;

/// <summary>Merging in any grouping (the outbox re-merges its own summaries with later detail) gives the same summary.</summary>
public sealed class ReportRollupAssociativityTests
{
    private static byte[][] HotspotRows() =>
    [
        Row(Usage(10, 20, 1, 0, [("trial", 1)], 1, ["h1"], 1), minute: 0, seq: 1),
        Row(Usage(30, 40, 2, 1, [("http-chap", 2)], 3, ["h3", "h2"], 3), minute: 10, synced: false, seq: 2),
        Row(Usage(50, 60, 0, 2, [], 3, ["h2"], 2), minute: 20, seq: 3),
        Row(Usage(70, 80, 4, 1, [("trial", 3), ("mac", 1)], 6, ["h4", "h1"], 4), minute: 30, seq: 4),
    ];

    private static byte[][] RouterRows() =>
    [
        Row(Router(100, 10, 900, 800, interfaces: [new("ether1", 1, 2)]), minute: 0, seq: 1),
        Row(Unreachable(), minute: 10, seq: 2),
        Row(Router(5, 50, 700, 850, rebooted: true, memTotal: 1_000, interfaces: [new("wlan1", 3, 4), new("ether1", 5, 6)]), minute: 20, seq: 3),
        Row(Router(600, 30, 950, 600, storageTotal: 2_000, interfaces: [new("ether1", 7, 8)]), minute: 30, seq: 4),
    ];

    public static TheoryData<string> Kinds => new() { HotspotUsage.Kind, RouterHealth.Kind };

    private static byte[][] Rows(string kind) => kind == HotspotUsage.Kind ? HotspotRows() : RouterRows();

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Merge_SummaryOfFirstTwoThenRest_SameBytesAsMergingAll(string kind)
    {
        var (a, b, c, d) = (Rows(kind)[0], Rows(kind)[1], Rows(kind)[2], Rows(kind)[3]);

        var all = Merge(kind, a, b, c, d);

        Assert.Equal(all, Merge(kind, Merge(kind, a, b), c, d));
        Assert.Equal(all, Merge(kind, Merge(kind, Merge(kind, a, b), c), d));
        Assert.Equal(all, Merge(kind, a, Merge(kind, b, c), d));
        Assert.Equal(all, Merge(kind, Merge(kind, a, b), Merge(kind, c, d)));
        Assert.Equal(4, Summary(Merge(kind, Merge(kind, a, b), Merge(kind, c, d))).ReplacedReports);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Merge_SummaryAlone_IsAFixedPoint(string kind)
    {
        var all = Merge(kind, Rows(kind));

        Assert.Equal(all, Merge(kind, all));
    }

    [Fact]
    public void Merge_SummariesOfHotspotAndOfRouterRows_EachExactForItsKind()
    {
        var hotspot = Summary(Merge(HotspotUsage.Kind, Merge(HotspotUsage.Kind, HotspotRows()[..2]), HotspotRows()[2], HotspotRows()[3]));
        var router = Summary(Merge(RouterHealth.Kind, Merge(RouterHealth.Kind, RouterRows()[..3]), RouterRows()[3]));

        Assert.Equal((160L, 200L, 7, 4, 4, 6), (hotspot.BytesIn, hotspot.BytesOut, hotspot.SessionStarts, hotspot.SessionEnds,
            hotspot.PeakConcurrent, hotspot.DistinctDevicesToday));
        Assert.Equal(["h1", "h2", "h3", "h4"], hotspot.DeviceHashes);
        Assert.Equal(0, hotspot.RouterSamples);
        Assert.Equal((3, 1, 1, 600L, 90L, 50), (router.RouterSamples, router.ApiUnreachableSamples, router.Reboots,
            router.UptimeSecondsMax!.Value, router.CpuLoadSumPercent!.Value, router.CpuLoadMaxPercent!.Value));
        Assert.Equal((700L, 256_000_000L, 600L, 2_000L), (router.MemoryFreeMinBytes!.Value, router.MemoryTotalBytes!.Value,
            router.StorageFreeMinBytes!.Value, router.StorageTotalBytes!.Value));
        Assert.Equal([new("ether1", 13, 16), new("wlan1", 3, 4)], router.Interfaces);
        Assert.Equal(0L, router.BytesIn);
    }
}
