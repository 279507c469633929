using KimHotspot.Central.Live;
using KimHotspot.Central.Sites;
using KimHotspot.Central.Sweeper;

namespace KimHotspot.Central.Tests.Sweeper;

public sealed class StatusRulesTests
{
    private static readonly DateTimeOffset Seen = new(2025, 3, 1, 8, 0, 0, TimeSpan.Zero);
    private static readonly SweeperOptions Defaults = new();

    private static Site Site(int intervalMinutes = 1) => new() { Id = "71.74.01.2001", Name = "Motoboi Kecil", ReportInterval = TimeSpan.FromMinutes(intervalMinutes) };

    private static SiteLive Live(bool? router = true, bool? portal = true) =>
        new() { SiteId = "71.74.01.2001", LastSeen = Seen, RouterReachable = router, PortalReachable = portal };

    private static StatusVerdict At(TimeSpan silence, SiteLive? live = null, bool? gateway = null, int intervalMinutes = 1, SweeperOptions? options = null) =>
        StatusRules.Evaluate(Seen + silence, Site(intervalMinutes), live ?? Live(), gateway, options ?? Defaults);

    [Fact]
    public void Evaluate_NeverReported_UnknownWithReason()
    {
        var verdict = StatusRules.Evaluate(Seen, Site(), null, true, Defaults);

        Assert.Equal(new StatusVerdict(SiteStatus.Unknown, StatusReason.NeverReported), verdict);
    }

    [Theory]
    [InlineData(1, 0)]
    [InlineData(1, 179)]
    [InlineData(5, 899)]
    public void Evaluate_LessThanThreeIntervalsSilent_Online(int intervalMinutes, int silenceSeconds)
    {
        var verdict = At(TimeSpan.FromSeconds(silenceSeconds), intervalMinutes: intervalMinutes);

        Assert.Equal(new StatusVerdict(SiteStatus.Online, StatusReason.None), verdict);
    }

    [Theory]
    [InlineData(1, 180)]
    [InlineData(1, 899)]
    [InlineData(2, 360)]
    public void Evaluate_ThreeMissedReports_Stale(int intervalMinutes, int silenceSeconds)
    {
        Assert.Equal(SiteStatus.Stale, At(TimeSpan.FromSeconds(silenceSeconds), intervalMinutes: intervalMinutes).Status);
    }

    [Theory]
    [InlineData(900)]
    [InlineData(86_400 * 30)]
    public void Evaluate_FifteenMinutesSilent_Offline(int silenceSeconds)
    {
        Assert.Equal(SiteStatus.Offline, At(TimeSpan.FromSeconds(silenceSeconds)).Status);
    }

    [Fact]
    public void Evaluate_ConfiguredOfflineLimit_OfflineEarlier()
    {
        var options = new SweeperOptions { OfflineAfter = TimeSpan.FromMinutes(5) };

        Assert.Equal(SiteStatus.Stale, At(TimeSpan.FromMinutes(4), options: options).Status);
        Assert.Equal(SiteStatus.Offline, At(TimeSpan.FromMinutes(5), options: options).Status);
    }

    [Fact]
    public void Evaluate_SlowReportingSite_NeverOfflineBeforeStale()
    {
        // Every 10 minutes: 20 minutes of silence is one missed report, not an outage.
        Assert.Equal(SiteStatus.Online, At(TimeSpan.FromMinutes(20), intervalMinutes: 10).Status);
        Assert.Equal(SiteStatus.Offline, At(TimeSpan.FromMinutes(30), intervalMinutes: 10).Status);
    }

    [Fact]
    public void Evaluate_ReportFromTheFuture_Online()
    {
        Assert.Equal(SiteStatus.Online, At(TimeSpan.FromSeconds(-30)).Status);
    }

    [Theory]
    [InlineData(true, true, StatusReason.AgentSilentPortalReachable)]
    [InlineData(true, false, StatusReason.AgentSilentPortalReachable)]
    [InlineData(false, true, StatusReason.AllSilent)]
    [InlineData(null, true, StatusReason.AgentSilent)]
    [InlineData(false, false, StatusReason.RouterUnreachable)]
    [InlineData(null, false, StatusReason.RouterUnreachable)]
    public void Evaluate_Silent_SaysWhyWhenItCan(bool? gateway, bool routerLastReachable, StatusReason expected)
    {
        var live = Live(router: routerLastReachable);

        Assert.Equal(new StatusVerdict(SiteStatus.Stale, expected), At(TimeSpan.FromMinutes(5), live, gateway));
        Assert.Equal(new StatusVerdict(SiteStatus.Offline, expected), At(TimeSpan.FromMinutes(20), live, gateway));
    }

    [Theory]
    [InlineData(false, true, StatusReason.RouterUnreachable)]
    [InlineData(false, false, StatusReason.RouterUnreachable)]
    [InlineData(true, false, StatusReason.PortalDown)]
    [InlineData(null, null, StatusReason.None)]
    public void Evaluate_OnlineWithAgentFindings_ReasonFromTheAgent(bool? router, bool? portal, StatusReason expected)
    {
        Assert.Equal(new StatusVerdict(SiteStatus.Online, expected), At(TimeSpan.FromSeconds(30), Live(router, portal)));
    }

    [Fact]
    public void StatusReasonText_EveryReasonAndStatus_HasIndonesianAndEnglish()
    {
        foreach (var reason in Enum.GetValues<StatusReason>().Where(r => r != StatusReason.None))
        {
            Assert.NotEmpty(StatusReasonText.Key(reason));
            Assert.NotEqual(StatusReasonText.Key(reason), StatusReasonText.English(reason));
        }

        Assert.Equal("Semua diam — uplink atau listrik", StatusReasonText.Key(StatusReason.AllSilent));
        Assert.All(Enum.GetValues<SiteStatus>(), s => Assert.NotEmpty(StatusReasonText.Key(s)));
    }
}
