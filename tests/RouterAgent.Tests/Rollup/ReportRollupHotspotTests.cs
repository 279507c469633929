using KimHotspot.Contracts.Messages;
using KimHotspot.RouterAgent.Rollup;
using static KimHotspot.RouterAgent.Tests.Rollup.RollupSamples;

namespace KimHotspot.RouterAgent.Tests.Rollup;

public sealed class ReportRollupHotspotTests
{
    [Theory]
    [InlineData("hotspotUsage", true)]
    [InlineData("routerHealth", true)]
    [InlineData("hourlySummary", true)]
    [InlineData("portalHealth", false)]
    [InlineData("agentHealth", false)]
    [InlineData("HotspotUsage", false)]
    [InlineData("event", false)]
    public void CanRollUp_Kind_TrueOnlyForUsageRouterAndSummary(string kind, bool expected)
    {
        Assert.Equal(expected, new ReportRollup().CanRollUp(kind));
    }

    [Fact]
    public void Merge_HotspotDetail_DeltasSummedPeaksMaxedHashesUnited()
    {
        var details = new[]
        {
            Usage(1_000, 50_000, starts: 2, ends: 0, methods: [("http-chap", 2)], distinctToday: 3, hashes: ["c1", "a1"], peak: 2),
            Usage(7_777, 123_456_789_012, starts: 1, ends: 2, methods: [("trial", 1)], distinctToday: 4, hashes: ["b1", "a1"], peak: 5),
            Usage(0, 0, peak: 1, distinctToday: 4),
            Usage(31, 4_000_000_000, starts: 3, ends: 1, methods: [("trial", 2), ("http-chap", 1)], distinctToday: 2, hashes: ["d1"], peak: 3),
        };

        var summary = Summary(Merge(HotspotUsage.Kind, details.Select((d, i) => Row(d, minute: i * 5)).ToArray()));

        Assert.Equal(Hour, summary.HourStart);
        Assert.Equal(details.Sum(d => d.BytesIn), summary.BytesIn);
        Assert.Equal(details.Sum(d => d.BytesOut), summary.BytesOut);
        Assert.Equal(details.Sum(d => d.SessionStarts), summary.SessionStarts);
        Assert.Equal(details.Sum(d => d.SessionEnds), summary.SessionEnds);
        Assert.Equal(
            [new("http-chap", 3), new("trial", 3)],
            summary.SessionsByLoginMethod.OrderBy(p => p.Key, StringComparer.Ordinal).ToList());
        Assert.Equal(["a1", "b1", "c1", "d1"], summary.DeviceHashes);
        Assert.Equal(4, summary.DistinctDevicesToday);
        Assert.Equal(5, summary.PeakConcurrent);
        Assert.Equal(4, summary.ReplacedReports);
    }

    [Fact]
    public void Merge_HotspotDetail_RouterFiguresNullAndNoRouterSamples()
    {
        var summary = Summary(Merge(HotspotUsage.Kind, Row(Usage(1, 2)), Row(Usage(3, 4))));

        Assert.Equal((0, 0, 0), (summary.RouterSamples, summary.ApiUnreachableSamples, summary.Reboots));
        Assert.Null(summary.UptimeSecondsMax);
        Assert.Null(summary.CpuLoadMaxPercent);
        Assert.Null(summary.CpuLoadSumPercent);
        Assert.Null(summary.MemoryFreeMinBytes);
        Assert.Null(summary.MemoryTotalBytes);
        Assert.Null(summary.StorageFreeMinBytes);
        Assert.Null(summary.StorageTotalBytes);
        Assert.Empty(summary.Interfaces);
    }

    [Fact]
    public void Merge_ReportEnvelope_KeyFromFirstSampledAtHourStartAgeNull()
    {
        var merged = Merge(
            HotspotUsage.Kind,
            Row(Usage(1, 1), minute: 3, site: "site-a", seq: 17),
            Row(Usage(2, 2), minute: 9, site: "site-b", seq: 18));

        var report = ReadReport(merged);
        Assert.Equal(("site-a", Boot, 17L), (report.SiteId, report.BootId, report.Seq));
        Assert.Equal(Hour, report.SampledAt);
        Assert.Null(report.AgeMs);
        Assert.True(report.ClockSynced);
    }

    [Fact]
    public void Merge_OneInputUnsynced_SummaryUnsynced()
    {
        var merged = Merge(HotspotUsage.Kind, Row(Usage(1, 1)), Row(Usage(2, 2), synced: false), Row(Usage(3, 3)));

        Assert.False(ReadReport(merged).ClockSynced);
    }

    [Fact]
    public void Merge_SameDetailInAnyDictionaryOrHashOrder_SameBytes()
    {
        var a = Merge(
            HotspotUsage.Kind,
            Row(Usage(1, 1, methods: [("trial", 1), ("http-chap", 2), ("mac", 1)], hashes: ["z", "a", "m"])),
            Row(Usage(1, 1, methods: [("cookie", 1)], hashes: ["b"])));
        var b = Merge(
            HotspotUsage.Kind,
            Row(Usage(1, 1, methods: [("mac", 1), ("http-chap", 2), ("trial", 1)], hashes: ["m", "z", "a"])),
            Row(Usage(1, 1, methods: [("cookie", 1)], hashes: ["b"])));

        Assert.Equal(a, b);
        Assert.Equal(["a", "b", "m", "z"], Summary(a).DeviceHashes);
        Assert.Equal(["cookie", "http-chap", "mac", "trial"], Summary(a).SessionsByLoginMethod.Keys);
    }
}
