using System.Text;
using KimHotspot.Contracts.Messages;
using KimHotspot.RouterAgent.Collect;
using KimHotspot.RouterOs.Hotspot;

namespace KimHotspot.RouterAgent.Tests.Collect;

public sealed class HotspotPollerTests
{
    private const string PhoneA = "AA:BB:CC:00:00:0A", IpA = "10.5.50.10";
    private const string PhoneB = "AA:BB:CC:00:00:0B", IpB = "10.5.50.11";
    private const string PhoneT = "AA:BB:CC:00:00:0C", IpT = "10.5.50.12";
    private static readonly byte[] Salt = Encoding.ASCII.GetBytes("kim-site-salt-for-tests");

    private static HotspotPoller Poller(SimRouter sim) => new(sim, sim.Time, Salt, TimeZoneInfo.Utc);

    private static async Task AddUsersAsync(SimRouter sim)
    {
        await sim.Hotspot().Users.AddAsync(new HotspotUserSettings { Name = "v-1", Password = "p1" });
        await sim.Hotspot().Users.AddAsync(new HotspotUserSettings { Name = "v-2", Password = "p2" });
    }

    [Fact]
    public async Task PollAsync_FirstPoll_BaselineNull()
    {
        await using var sim = await SimRouter.StartAsync();
        await AddUsersAsync(sim);
        sim.LogIn(PhoneA, IpA, "v-1", "p1");

        Assert.Null(await Poller(sim).PollAsync());
    }

    [Fact]
    public async Task PollAsync_ChurnRebootAndMissedPolls_BytesEqualRouterCounters()
    {
        await using var sim = await SimRouter.StartAsync();
        await AddUsersAsync(sim);
        var poller = Poller(sim);
        sim.LogIn(PhoneA, IpA, "v-1", "p1");
        sim.LogIn(PhoneT, IpT);
        sim.Router.AddTraffic(PhoneA, 1, 1); // before the baseline
        Assert.Null(await poller.PollAsync());
        var usage = new List<HotspotUsage>();
        long bytesIn = 0, bytesOut = 0;
        void Traffic(string mac, long i, long o)
        {
            sim.Router.AddTraffic(mac, i, o);
            bytesIn += i;
            bytesOut += o;
        }

        async Task PollAsync(TimeSpan after)
        {
            sim.Time.Advance(after);
            usage.Add(Assert.IsType<HotspotUsage>(await poller.PollAsync()));
        }

        // 1: traffic; A's session ends after more traffic and A logs in again; B joins and ends, all between polls.
        Traffic(PhoneA, 100, 1_000);
        Traffic(PhoneT, 7, 70);
        Traffic(PhoneA, 200, 2_000);
        Assert.True(sim.Router.Logout(IpA));
        sim.LogIn(PhoneA, IpA, "v-1", "p1");
        Traffic(PhoneA, 5, 50);
        sim.LogIn(PhoneB, IpB, "v-2", "p2");
        Traffic(PhoneB, 5_000_000_000, 9);
        Assert.True(sim.Router.Logout(IpB));
        await PollAsync(TimeSpan.FromMinutes(1));
        Assert.Equal((1, 1), (usage[^1].SessionStarts, usage[^1].SessionEnds)); // B came and went unseen

        // 2: missed polls — an hour of traffic and churn, one poll.
        for (int i = 0; i < 6; i++)
        {
            Traffic(PhoneA, 10, 100); // (no trial traffic here: past its uptime limit the router would log it out)
            sim.Time.Advance(TimeSpan.FromMinutes(10));
        }

        sim.LogIn(PhoneB, IpB, "v-2", "p2");
        Traffic(PhoneB, 3, 4);
        await PollAsync(TimeSpan.Zero);

        // 3: the router reboots (sessions and counters gone), phones log in again, a long gap.
        await sim.Router.RebootAsync();
        sim.LogIn(PhoneA, IpA, "v-1", "p1");
        sim.LogIn(PhoneB, IpB, "v-2", "p2");
        sim.Time.Advance(TimeSpan.FromHours(2));
        Traffic(PhoneA, 6_000_000_000, 6_000_000_000);
        Traffic(PhoneB, 9, 9);
        await PollAsync(TimeSpan.FromMinutes(1));

        Assert.Equal(bytesIn, usage.Sum(u => u.BytesIn));
        Assert.Equal(bytesOut, usage.Sum(u => u.BytesOut));
        var last = usage[^1];
        Assert.Equal(2, last.SessionStarts);
        Assert.Equal(3, last.SessionEnds); // A, B and the trial before the reboot
        Assert.Equal(3, last.PeakConcurrent);
        Assert.Equal(2, Assert.Single(last.SessionsByLoginMethod, p => p.Key == "http-pap").Value);
        Assert.Equal(1, usage[0].SessionsByLoginMethod["http-pap"]);
        Assert.Equal(3, last.DistinctDevicesToday);
        Assert.Equal(2, last.DeviceHashes.Count);
        Assert.All(usage.SelectMany(u => u.DeviceHashes), h => Assert.DoesNotContain("BB:CC", h, StringComparison.OrdinalIgnoreCase));
        Assert.Equal(60 * 60 * 1000, usage[1].DurationMs);
        Assert.Equal(usage[0].IntervalEnd, usage[1].IntervalStart);
    }

    [Fact]
    public async Task PollAsync_TrialSessionEndsBetweenPolls_LosesOnlyItsBytesSinceLastPoll()
    {
        // Documented limit: a session without a /ip/hotspot/user row has no counter that outlives it.
        await using var sim = await SimRouter.StartAsync();
        var poller = Poller(sim);
        sim.LogIn(PhoneT, IpT);
        await poller.PollAsync();
        sim.Router.AddTraffic(PhoneT, 40, 400);
        sim.Time.Advance(TimeSpan.FromMinutes(1));
        var first = await poller.PollAsync();
        sim.Router.AddTraffic(PhoneT, 5, 50);
        Assert.True(sim.Router.Logout(IpT));
        sim.Time.Advance(TimeSpan.FromMinutes(1));

        var second = await poller.PollAsync();

        Assert.Equal((40, 400), (first!.BytesIn, first.BytesOut));
        Assert.Equal((0, 0, 1), (second!.BytesIn, second.BytesOut, second.SessionEnds));
    }

    [Fact]
    public async Task PollAsync_LinkDown_NullThenNextPollCoversTheGap()
    {
        await using var sim = await SimRouter.StartAsync();
        await AddUsersAsync(sim);
        var poller = Poller(sim);
        sim.LogIn(PhoneA, IpA, "v-1", "p1");
        await poller.PollAsync();
        sim.Router.AddTraffic(PhoneA, 10, 20);
        sim.LinkDown = true;
        sim.Time.Advance(TimeSpan.FromMinutes(5));

        Assert.Null(await poller.PollAsync());

        sim.Router.AddTraffic(PhoneA, 30, 40);
        Assert.True(sim.Router.Logout(IpA)); // ends while the link is down: the user total keeps its bytes
        sim.LinkDown = false;
        sim.Time.Advance(TimeSpan.FromMinutes(5));
        var usage = await poller.PollAsync();

        Assert.Equal((40, 60, 1), (usage!.BytesIn, usage.BytesOut, usage.SessionEnds));
        Assert.Equal(10 * 60 * 1000, usage.DurationMs);
    }

    [Fact]
    public async Task PollAsync_RouterGone_Null()
    {
        await using var sim = await SimRouter.StartAsync();
        await sim.StopRouterAsync();

        Assert.Null(await Poller(sim).PollAsync());
    }
}
