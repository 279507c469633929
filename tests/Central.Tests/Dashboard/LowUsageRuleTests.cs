using KimHotspot.Central.Dashboard;

namespace KimHotspot.Central.Tests.Dashboard;

public sealed class LowUsageRuleTests
{
    private static SiteUsage U(string id, long bytes, long devices) => new(id, bytes, devices);

    [Fact]
    public void Flag_TrafficBelowQuarterOfMedian_Flagged()
    {
        var fleet = new[] { U("a", 1000, 100), U("b", 1200, 100), U("c", 900, 100), U("d", 200, 100) };

        var flagged = LowUsageRule.Flag(fleet, 0.25, 3);

        Assert.Equal(["d"], flagged); // median 950, limit 237.5
    }

    [Fact]
    public void Flag_DevicesFarBelowMedianButTrafficNormal_Flagged()
    {
        var fleet = new[] { U("a", 1000, 100), U("b", 1000, 90), U("c", 1000, 20), U("d", 1000, 110) };

        Assert.Equal(["c"], LowUsageRule.Flag(fleet, 0.25, 3)); // median 95, limit 23.75
    }

    [Fact]
    public void Flag_ExactlyAtTheLimit_NotFlagged()
    {
        var fleet = new[] { U("a", 400, 4), U("b", 400, 4), U("c", 100, 1) };

        Assert.Empty(LowUsageRule.Flag(fleet, 0.25, 3)); // 100 is not below 25 % of 400
    }

    [Fact]
    public void Flag_FewerSitesThanMinimum_NobodyFlagged()
    {
        var fleet = new[] { U("a", 1000, 100), U("b", 1, 1) };

        Assert.Empty(LowUsageRule.Flag(fleet, 0.25, 3));
    }

    [Fact]
    public void Flag_MedianZero_NobodyFlagged()
    {
        var fleet = new[] { U("a", 0, 0), U("b", 0, 0), U("c", 5, 1) };

        Assert.Empty(LowUsageRule.Flag(fleet, 0.25, 3));
    }

    [Theory]
    [InlineData(new long[] { 3, 1, 2 }, 2)]
    [InlineData(new long[] { 4, 1, 3, 2 }, 2.5)]
    [InlineData(new long[] { }, 0)]
    public void Median_Values_MiddleOrMeanOfMiddleTwo(long[] values, double median) =>
        Assert.Equal(median, LowUsageRule.Median(values));
}
