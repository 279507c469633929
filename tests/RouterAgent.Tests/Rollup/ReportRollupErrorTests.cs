using System.Text;
using KimHotspot.Contracts.Messages;
using KimHotspot.RouterAgent.Rollup;
using static KimHotspot.RouterAgent.Tests.Rollup.RollupSamples;

namespace KimHotspot.RouterAgent.Tests.Rollup;

public sealed class ReportRollupErrorTests
{
    [Theory]
    [InlineData("42")]
    [InlineData("not json")]
    [InlineData("{\"v\":1}")]
    [InlineData("null")]
    [InlineData("")]
    public void Merge_UnreadableBody_ThrowsRollupExceptionNamingTheIndex(string garbage)
    {
        var e = Assert.Throws<RollupException>(
            () => Merge(HotspotUsage.Kind, Row(Usage(1, 1)), Encoding.UTF8.GetBytes(garbage)));

        Assert.Equal((HotspotUsage.Kind, 1), (e.Kind, e.Index));
        Assert.Contains("hotspotUsage", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Merge_BodyOfAnotherKind_Throws()
    {
        Assert.Throws<RollupException>(() => Merge(HotspotUsage.Kind, Row(Usage(1, 1)), Row(Router(1, 1, 1, 1))));
        Assert.Throws<RollupException>(() => Merge(RouterHealth.Kind, Row(Router(1, 1, 1, 1)), Row(Usage(1, 1))));
        Assert.Throws<RollupException>(() => Merge(HotspotUsage.Kind, Row(Usage(1, 1)), Row(new PortalHealth(true, 200, 3))));
        Assert.Throws<RollupException>(() => Merge(HourlySummary.Kind, Merge(HotspotUsage.Kind, Row(Usage(1, 1))), Row(Usage(1, 1))));
    }

    [Fact]
    public void Merge_KindThatDoesNotRollUp_Throws()
    {
        var body = Row(new PortalHealth(true, 200, 3));

        Assert.Throws<RollupException>(() => Merge(PortalHealth.Kind, body, body));
    }

    [Fact]
    public void Merge_DetailOrSummaryOfAnotherHour_Throws()
    {
        var otherHour = new ReportRollup().Merge(HotspotUsage.Kind, Hour.AddHours(1), [Row(Usage(1, 1), minute: 65)]);

        Assert.Throws<RollupException>(() => Merge(HotspotUsage.Kind, Row(Usage(1, 1)), otherHour));
        Assert.Throws<RollupException>(() => Merge(HotspotUsage.Kind, Row(Usage(1, 1)), Row(Usage(1, 1), minute: 60)));
    }

    [Fact]
    public void Merge_SumOverflows_ThrowsInsteadOfWrapping()
    {
        Assert.Throws<RollupException>(() => Merge(HotspotUsage.Kind, Row(Usage(long.MaxValue, 0)), Row(Usage(1, 0))));
    }

    [Fact]
    public void Merge_NoBodies_ThrowsArgumentException()
    {
        Assert.Throws<ArgumentException>(() => Merge(HotspotUsage.Kind));
    }
}
