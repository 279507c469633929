using KimHotspot.Contracts.Messages;
using KimHotspot.RouterAgent.Collect;

namespace KimHotspot.RouterAgent.Tests.Collect;

public sealed class RouterPollerTests
{
    private static long Total(IEnumerable<RouterHealth> polls, string name) =>
        polls.SelectMany(p => p.Interfaces).Where(i => i.Name == name).Sum(i => i.RxBytes + i.TxBytes);

    [Fact]
    public async Task PollAsync_FirstPoll_ReachableBaselineWithFigures()
    {
        await using var sim = await SimRouter.StartAsync();
        sim.Router.SetClockSynced(true);
        sim.Time.Advance(TimeSpan.FromMinutes(5));

        var health = await new RouterPoller(sim, sim.Time).PollAsync();

        Assert.True(health.ApiReachable);
        Assert.Equal("KIM-Desa-Sukamaju", health.Identity);
        Assert.Equal("hAP ac^2", health.Board);
        Assert.StartsWith("7.19", health.Version, StringComparison.Ordinal);
        Assert.Equal(300, health.UptimeSeconds);
        Assert.False(health.Rebooted);
        Assert.NotNull(health.MemoryTotalBytes);
        Assert.NotNull(health.CpuLoadPercent);
        Assert.True(health.RouterClockSynced);
        Assert.Equal(sim.Time.GetUtcNow().AddTicks(-sim.Time.GetUtcNow().Ticks % TimeSpan.TicksPerSecond), health.RouterClock);
        Assert.NotNull(health.ApiRttMs);
        Assert.Empty(health.Interfaces); // baseline
    }

    [Fact]
    public async Task PollAsync_ChrUnsyncedClock_BoardFromResourceClockNotSynced()
    {
        await using var sim = await SimRouter.StartAsync(board: "CHR");
        sim.Router.SetClockSynced(false);

        var health = await new RouterPoller(sim, sim.Time).PollAsync();

        Assert.Equal("CHR", health.Board);
        Assert.False(health.RouterClockSynced);
        Assert.Equal(1970, health.RouterClock?.Year);
    }

    [Fact]
    public async Task PollAsync_TrafficRebootsAndMissedPolls_DeltasSumToRouterCounters()
    {
        await using var sim = await SimRouter.StartAsync();
        var poller = new RouterPoller(sim, sim.Time);
        sim.LogIn("AA:BB:CC:00:00:01", "10.5.50.11");
        sim.Router.AddTraffic("AA:BB:CC:00:00:01", 500, 700); // before the baseline: not ours
        var polls = new List<RouterHealth> { await poller.PollAsync() };
        long expected = 0;

        foreach (long bytes in new long[] { 1_000, 5_000_000_000, 3 })
        {
            sim.Router.AddTraffic("AA:BB:CC:00:00:01", bytes, 2 * bytes);
            expected += 3 * bytes;
            sim.Time.Advance(TimeSpan.FromMinutes(1));
            polls.Add(await poller.PollAsync());
        }

        // Missed polls: traffic over an hour, one poll.
        for (int i = 0; i < 6; i++)
        {
            sim.Router.AddTraffic("AA:BB:CC:00:00:01", 10, 20);
            expected += 30;
            sim.Time.Advance(TimeSpan.FromMinutes(10));
        }

        polls.Add(await poller.PollAsync());
        Assert.DoesNotContain(polls, p => p.Rebooted);

        // Reboot, then far more traffic than before and a long gap: counters reset, uptime past the old one.
        await sim.Router.RebootAsync();
        sim.LogIn("AA:BB:CC:00:00:01", "10.5.50.11");
        sim.Time.Advance(TimeSpan.FromHours(3));
        sim.Router.AddTraffic("AA:BB:CC:00:00:01", 6_000_000_000, 1);
        expected += 6_000_000_001;
        var afterReboot = await poller.PollAsync();
        polls.Add(afterReboot);

        Assert.True(afterReboot.Rebooted);
        Assert.True(afterReboot.UptimeSeconds > polls[^2].UptimeSeconds);
        Assert.Equal(expected, Total(polls, "ether1"));
        Assert.Equal(expected, Total(polls, "wlan1"));
        Assert.All(polls, p => Assert.True(p.ApiReachable));
    }

    [Fact]
    public async Task PollAsync_LinkDownForAWhile_UnreachableThenNextPollCoversTheGap()
    {
        await using var sim = await SimRouter.StartAsync();
        var poller = new RouterPoller(sim, sim.Time);
        sim.LogIn("AA:BB:CC:00:00:01", "10.5.50.11");
        await poller.PollAsync();
        sim.Router.AddTraffic("AA:BB:CC:00:00:01", 100, 200);

        sim.LinkDown = true;
        sim.Time.Advance(TimeSpan.FromHours(1));
        var down = await poller.PollAsync();
        sim.Router.AddTraffic("AA:BB:CC:00:00:01", 1_000, 2_000);
        sim.LinkDown = false;
        sim.Time.Advance(TimeSpan.FromHours(1));
        var back = await poller.PollAsync();

        Assert.False(down.ApiReachable);
        Assert.True(back.ApiReachable);
        Assert.False(back.Rebooted);
        var ether1 = Assert.Single(back.Interfaces, i => i.Name == "ether1");
        Assert.Equal(3_300, ether1.RxBytes + ether1.TxBytes);
    }

    [Fact]
    public async Task PollAsync_RouterGone_UnreachableWithNullFigures()
    {
        await using var sim = await SimRouter.StartAsync();
        var poller = new RouterPoller(sim, sim.Time);
        await poller.PollAsync();

        await sim.StopRouterAsync();
        var down = await poller.PollAsync();

        Assert.False(down.ApiReachable);
        Assert.Null(down.Identity);
        Assert.Null(down.UptimeSeconds);
        Assert.Null(down.ApiRttMs);
        Assert.Null(down.RouterClock);
        Assert.False(down.Rebooted);
        Assert.Empty(down.Interfaces);
    }
}
