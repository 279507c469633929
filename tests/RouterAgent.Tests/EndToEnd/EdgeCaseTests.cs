using KimHotspot.Contracts.Messages;

namespace KimHotspot.RouterAgent.Tests.EndToEnd;

/// <summary>Two edge cases the week-long run cannot meet without losing data, each on its own.</summary>
public sealed class EdgeCaseTests
{
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);

    /// <summary>
    /// A box that booted at 1970 and could not reach Central before NTP set its clock: after the jump its waiting
    /// rows must not look "56 years old" to the outbox's age limit (30 days), or they would be rolled up and dropped.
    /// </summary>
    [Fact]
    public async Task Outbox_ClockJumpsFrom1970WithReportsWaiting_NothingDroppedOrRolledUp()
    {
        await using var run = await WeekRun.StartAsync();
        run.Clock.Offset = DateTimeOffset.UnixEpoch - run.Now;
        await run.Village.AddUsersAsync();
        run.Village.EveryoneLogsIn();
        await run.Receiver.DownAsync(); // no uplink until the modem is up
        await run.PollAsync();
        await run.RunForAsync(TimeSpan.FromHours(2), Minute);

        run.Clock.Offset = TimeSpan.Zero; // NTP
        await run.RunForAsync(TimeSpan.FromMinutes(10), Minute);
        await run.Receiver.UpAsync();
        await run.DrainAsync(Minute, maxSteps: 60);

        Assert.Equal(0L, (await run.Agent.StatsAsync()).Drops);
        Assert.Empty(run.Received<HourlySummary>());
        WeekAsserts.EveryReportOnce(run);
        WeekAsserts.TotalsEqualRouterCounters(run, minSessions: 4);
    }

    /// <summary>
    /// A hotspot user deleted and made again under the same name between two polls, whose new counters outgrow the
    /// old user's totals before the next poll, must count from zero (new <c>.id</c>), not as "the same counter grew".
    /// </summary>
    [Fact]
    public async Task HotspotPoller_UserRecreatedAndOutgrowsOldCounters_BytesExact()
    {
        await using var run = await WeekRun.StartAsync();
        var village = run.Village;
        var phone = village.Residents[0];
        await village.AddUsersAsync();
        village.LogIn(phone);
        await run.PollAsync(); // baseline
        run.Sim.Time.Advance(Minute);
        village.Traffic(phone, 1_000, 10_000);
        await run.PollAsync();

        run.Sim.Time.Advance(Minute);
        await village.RecreateUserAsync(phone); // right after a poll: nothing of the old user is unseen
        village.Traffic(phone, 5_000, 50_000); // more than the old user ever had
        await run.PollAsync();
        await run.DrainAsync(Minute, maxSteps: 10);

        var usage = run.Received<HotspotUsage>();
        Assert.Equal((village.BytesIn, village.BytesOut), (usage.Sum(u => u.BytesIn), usage.Sum(u => u.BytesOut)));
    }
}
