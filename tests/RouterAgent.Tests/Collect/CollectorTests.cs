using System.Text;
using KimHotspot.Contracts;
using KimHotspot.Contracts.Messages;
using KimHotspot.RouterAgent.Collect;
using KimHotspot.RouterAgent.Outbox;
using KimHotspot.RouterAgent.Site;
using KimHotspot.RouterOs.Hotspot;

namespace KimHotspot.RouterAgent.Tests.Collect;

public sealed class CollectorTests : IAsyncDisposable
{
    private const string Phone = "AA:BB:CC:00:00:0A", PhoneIp = "10.5.50.10";
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "kh-collect-" + Guid.NewGuid().ToString("N"));
    private readonly List<IAsyncDisposable> _owned = [];

    private static readonly CollectOptions Options = new()
    {
        RouterInterval = TimeSpan.FromMinutes(1),
        HotspotInterval = TimeSpan.FromMinutes(1),
        PortalInterval = TimeSpan.FromMinutes(2),
        AgentInterval = TimeSpan.FromMinutes(5),
    };

    private async Task<(SimRouter Sim, ReportOutbox Outbox, Collector Collector)> StartAsync(ClockSyncMode clock = ClockSyncMode.Synced)
    {
        var sim = await SimRouter.StartAsync();
        _owned.Add(sim);
        await sim.Hotspot().Users.AddAsync(new HotspotUserSettings { Name = "v-1", Password = "p1" });
        var outbox = ReportOutbox.Open(new OutboxOptions { Directory = _dir }, new NoRollup(), sim.Time);
        _owned.Add(outbox);
        // Nothing listens on port 9 of loopback: the Portal is down, which is a sample like any other.
        var portal = new PortalProbe(new HttpClient(), new Uri("http://127.0.0.1:9/health"), TimeSpan.FromSeconds(5), sim.Time);
        var collector = new Collector(
            outbox, Options, new SiteOptions { Id = "71.74.01.2001" }, new ClockSync(clock, sim.Time), sim.Time,
            new RouterPoller(sim, sim.Time), new HotspotPoller(sim, sim.Time, Encoding.ASCII.GetBytes("collector-test-salt"), TimeZoneInfo.Utc),
            portal, new AgentProbe(outbox, () => TimeSpan.FromMilliseconds(-250)));
        return (sim, outbox, collector);
    }

    private static async Task<List<Report>> ReportsAsync(ReportOutbox outbox)
    {
        var rows = await outbox.LeaseBatchAsync(1000, long.MaxValue);
        await outbox.AcknowledgeAsync([.. rows.Select(r => r.Key)]);
        return [.. rows.Select(r => System.Text.Json.JsonSerializer.Deserialize(r.Body, ContractsJson.Default.Report)!)];
    }

    [Fact]
    public async Task RunDueAsync_FirstCycle_StoresRouterPortalAgentAndTakesHotspotBaseline()
    {
        var (_, outbox, collector) = await StartAsync();

        Assert.Equal(3, await collector.RunDueAsync());

        var reports = await ReportsAsync(outbox);
        Assert.Equal([RouterHealth.Kind, PortalHealth.Kind, AgentHealth.Kind], reports.Select(r => KimHotspot.RouterAgent.Upload.OutboxReport.KindOf(r.Body)));
        Assert.True(Assert.IsType<RouterHealth>(reports[0].Body).ApiReachable);
        Assert.Equal(new PortalHealth(false, null, null), reports[1].Body);
        Assert.Equal(-250, Assert.IsType<AgentHealth>(reports[2].Body).ClockOffsetMs);
        Assert.All(reports, r => Assert.True(r.ClockSynced));
    }

    [Fact]
    public async Task RunDueAsync_EachOnItsInterval_WritesOnlyWhatIsDue()
    {
        var (sim, outbox, collector) = await StartAsync();
        sim.LogIn(Phone, PhoneIp, "v-1", "p1");
        await collector.RunDueAsync();
        await ReportsAsync(outbox);

        Assert.Equal(0, await collector.RunDueAsync());
        Assert.Equal(TimeSpan.FromMinutes(1), collector.UntilNextDue());

        sim.Router.AddTraffic(Phone, 1_000, 20_000);
        sim.Time.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(2, await collector.RunDueAsync()); // router and hotspot; the Portal is due at 2 min, the agent at 5
        var usage = Assert.IsType<HotspotUsage>((await ReportsAsync(outbox)).Single(r => r.Body is HotspotUsage).Body);
        Assert.Equal((1_000L, 20_000L), (usage.BytesIn, usage.BytesOut));

        sim.Time.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(3, await collector.RunDueAsync());
    }

    [Fact]
    public async Task RunDueAsync_RouterGone_UnreachableIsStoredNotThrown()
    {
        var (sim, outbox, collector) = await StartAsync();
        await collector.RunDueAsync();
        await ReportsAsync(outbox);

        sim.LinkDown = true;
        sim.Time.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(1, await collector.RunDueAsync()); // the hotspot poll has nothing to say; the router says "unreachable"

        var report = Assert.Single(await ReportsAsync(outbox));
        Assert.False(Assert.IsType<RouterHealth>(report.Body).ApiReachable);
    }

    [Fact]
    public async Task RunDueAsync_KernelSyncedButClockUnsyncedByOption_ReportsUnsynced()
    {
        var (_, outbox, collector) = await StartAsync(ClockSyncMode.Unsynced);

        await collector.RunDueAsync();

        Assert.All(await ReportsAsync(outbox), r => Assert.False(r.ClockSynced));
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var owned in Enumerable.Reverse(_owned))
        {
            await owned.DisposeAsync();
        }

        if (Directory.Exists(_dir))
        {
            Directory.Delete(_dir, recursive: true);
        }
    }
}
