using KimHotspot.Central.Sweeper;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace KimHotspot.Central.Tests.Sweeper;

public sealed class SiteSweeperTests
{
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task ExecuteAsync_SilentSiteOnFakeClock_StaleAtThreeIntervalsOfflineAtFifteenMinutes()
    {
        await using var rig = await SweepRig.CreateAsync();
        await rig.AddSiteAsync("A");
        rig.Report("A");
        await rig.Sweeper.StartAsync(CancellationToken.None);
        try
        {
            var first = await rig.Sweeps.Reader.ReadAsync().AsTask().WaitAsync(Generous);
            Assert.Equal(SiteStatus.Online, first.Sites.Single().Status.Status);

            var changes = new List<(TimeSpan After, SiteStatus Status)>();
            for (int tick = 1; tick <= 80; tick++)
            {
                rig.Time.Advance(TimeSpan.FromSeconds(15));
                var sweep = await rig.Sweeps.Reader.ReadAsync().AsTask().WaitAsync(Generous);
                changes.AddRange(sweep.Transitions.Select(t => (sweep.At - SweepRig.Start, t.Status.Status)));
            }

            Assert.Equal([(TimeSpan.FromMinutes(3), SiteStatus.Stale), (TimeSpan.FromMinutes(15), SiteStatus.Offline)], changes);
            var entry = rig.Board.Get("A")!;
            Assert.Equal(SweepRig.Start + TimeSpan.FromMinutes(15), entry.Since);
            Assert.Equal(SweepRig.Start, entry.LastSeen);
        }
        finally
        {
            await rig.Sweeper.StopAsync(CancellationToken.None);
        }
    }

    [Fact]
    public async Task SweepOnceAsync_Registry_BoardListsWatchedSitesOnly()
    {
        await using var rig = await SweepRig.CreateAsync();
        await rig.AddSiteAsync("B");
        await rig.AddSiteAsync("A");
        await rig.AddSiteAsync("Z", archived: true);
        rig.Report("A");
        rig.Report("Z");

        await rig.SweepAfterAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(["A", "B"], rig.Board.GetAll().Select(e => e.SiteId));
        Assert.Equal(SiteStatus.Online, rig.Board.Get("A")!.Status);
        Assert.Equal((SiteStatus.Unknown, StatusReason.NeverReported), (rig.Board.Get("B")!.Status, rig.Board.Get("B")!.Reason));
        Assert.Null(rig.Board.Get("Z"));
    }

    [Fact]
    public async Task SweepOnceAsync_ReportAfterOutage_BackOnlineTransitionRaised()
    {
        await using var rig = await SweepRig.CreateAsync();
        await rig.AddSiteAsync("A");
        rig.Report("A");
        await rig.SweepAfterAsync(TimeSpan.Zero);
        var offline = await rig.SweepAfterAsync(TimeSpan.FromMinutes(16));
        rig.Report("A");

        var back = await rig.SweepAfterAsync(TimeSpan.FromSeconds(15));

        var change = Assert.Single(offline.Transitions);
        Assert.Equal((SiteStatus.Online, SiteStatus.Offline), (change.Previous, change.Status.Status));
        change = Assert.Single(back.Transitions);
        Assert.Equal((SiteStatus.Offline, SiteStatus.Online), (change.Previous, change.Status.Status));
    }

    [Fact]
    public async Task SweepOnceAsync_GatewayReachesPortal_ReasonSaysAgentSilent()
    {
        await using var rig = await SweepRig.CreateAsync(configure: services =>
            services.Replace(ServiceDescriptor.Singleton<IPortalReachability>(new FixedReachability(true))));
        await rig.AddSiteAsync("A");
        rig.Report("A");

        await rig.SweepAfterAsync(TimeSpan.FromMinutes(20));

        Assert.Equal((SiteStatus.Offline, StatusReason.AgentSilentPortalReachable), (rig.Board.Get("A")!.Status, rig.Board.Get("A")!.Reason));
    }

    [Fact]
    public async Task AddSweeperServices_GatewayRegisteredFirst_KeepsTheGatewayVerdict()
    {
        var services = new ServiceCollection();
        services.AddSingleton<IPortalReachability>(new FixedReachability(false));

        services.AddSweeperServices();

        await using var provider = services.BuildServiceProvider();
        Assert.False(provider.GetRequiredService<IPortalReachability>().IsReachable("A"));
    }

    private sealed class FixedReachability(bool reachable) : IPortalReachability
    {
        public bool? IsReachable(string siteId) => reachable;
    }
}
