using KimHotspot.Contracts.Messages;
using KimHotspot.Contracts.Signing;
using KimHotspot.RouterAgent.Tests.Upload;
using Xunit.Abstractions;

namespace KimHotspot.RouterAgent.Tests.EndToEnd;

/// <summary>
/// A week and more of polling in seconds on one fake clock. What a poll cannot see is
/// never generated: the village only browses after the agent's baseline poll, and a router reboot, a user re-creation
/// and an agent restart each happen right after a poll, before anyone browses again (bytes moved between the last
/// poll and a reboot die with the router's counters, and an agent that restarts starts over from a new baseline —
/// no agent could report those; <see cref="Village"/> generates traffic only where a poll will see it).
/// </summary>
public sealed class WeekLongTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1), FiveMinutes = TimeSpan.FromMinutes(5);

    [Fact]
    public async Task Agent_WeekWithRebootsClockJumpAndSevenDayOutage_EveryReportOnceAndTotalsExact()
    {
        await using var run = await WeekRun.StartAsync();
        var start = run.Now;
        var village = run.Village;
        var trial1 = new Village.Phone("AA:BB:CC:00:02:01", "10.5.50.31");
        var trial2 = new Village.Phone("AA:BB:CC:00:02:02", "10.5.50.32");

        // Day 0: the box has no RTC and wakes at 1970 (agent only; router and Central keep true time).
        run.Clock.Offset = DateTimeOffset.UnixEpoch - run.Now;
        await village.AddUsersAsync();
        village.EveryoneLogsIn();
        await run.PollAsync(); // baseline
        await TrialVisitAsync(run, trial1, Minute, before: 10, during: 15);
        await run.RunForAsync(TimeSpan.FromHours(1), Minute);
        // Drained before the jump here; the jump with 1970 reports still waiting is EdgeCaseTests' case.
        await run.DrainAsync(Minute, maxSteps: 30);
        Assert.Contains(VerifyResult.Stale, run.Receiver.Verdicts); // 1970 signatures refused, then corrected from Date

        // NTP: the agent's wall clock jumps 56 years forward.
        run.Clock.Offset = TimeSpan.Zero;
        await run.RunForAsync(TimeSpan.FromHours(1), Minute);

        // Day 1: ordinary life; the Portal unwell for an hour; the router reboots; a user is deleted and re-created.
        await run.RunForAsync(TimeSpan.FromHours(8), FiveMinutes);
        run.Portal.Healthy = false;
        await run.RunForAsync(TimeSpan.FromHours(1), FiveMinutes);
        run.Portal.Healthy = true;
        await run.RunForAsync(TimeSpan.FromHours(9), FiveMinutes);
        await RebootAsync(run);
        await run.RunForAsync(TimeSpan.FromHours(3), FiveMinutes);
        (long In, long Out) oldCounters = default;
        await run.StepAsync(Minute, async () => oldCounters = await village.RecreateUserAsync(village.Residents[1]));
        // Precondition: the new user's counters stay below the old ones until the next poll, so "went back" shows the reset.
        Assert.True(oldCounters.Out > 10_000_000, $"old counters {oldCounters}");
        await run.RunForAsync(TimeSpan.FromMinutes(10), Minute);

        // Days 2–9: Central unreachable for 7 days (down, then answering 500 for its last 6 hours); the agent restarts
        // and the router reboots meanwhile.
        var outageStart = run.Now;
        var lastAckBefore = (await run.Agent.StatsAsync()).LastAcknowledgedAt;
        await run.Receiver.DownAsync();
        await run.RunForAsync(TimeSpan.FromDays(2), FiveMinutes);
        await run.RunForAsync(TimeSpan.FromMinutes(5), Minute);
        await run.StepAsync(Minute, async () =>
        {
            run.Agent.Restart();
            await run.PollAsync(); // the new start's baseline comes before anyone browses again
        });
        await run.RunForAsync(TimeSpan.FromDays(2), FiveMinutes);
        await TrialVisitAsync(run, trial2, FiveMinutes, before: 0, during: 3);
        await RebootAsync(run);
        await run.RunForAsync(outageStart + TimeSpan.FromDays(7) - TimeSpan.FromHours(6) - run.Now, FiveMinutes);
        run.Receiver.Mode = ReceiverMode.Fail;
        await run.Receiver.UpAsync();
        await run.RunForAsync(outageStart + TimeSpan.FromDays(7) - run.Now, FiveMinutes);
        run.Receiver.Mode = ReceiverMode.Normal;
        var outageEnd = run.Now;

        // Day 9: Central is back; the backlog drains (paced) while life goes on; then everything is delivered.
        await TrialVisitAsync(run, trial1, Minute, before: 5, during: 10);
        await run.RunForAsync(TimeSpan.FromDays(1), FiveMinutes);
        await run.DrainAsync(Minute, maxSteps: 60);

        var stats = await run.Agent.StatsAsync();
        output.WriteLine(
            $"{run.Receiver.Stored.Count} reports stored from {run.Receiver.Deliveries} delivered in {run.Agent.Cycles.Count} upload " +
            $"cycles; {run.Village.Sessions} sessions; {run.Village.BytesIn:N0} B in, {run.Village.BytesOut:N0} B out; " +
            $"verdicts {string.Join(", ", run.Receiver.Verdicts.CountBy(v => v))}; simulated {run.Now - start}");
        Assert.Equal((0L, 0L), (stats.Depth, stats.Drops));
        WeekAsserts.EveryReportOnce(run);
        WeekAsserts.TotalsEqualRouterCounters(run);
        WeekAsserts.ClockJumpReported(run);
        WeekAsserts.OutageReported(run, outageStart, outageEnd, lastAckBefore);
        Assert.Equal(2, run.Received<RouterHealth>().Count(r => r.Rebooted));
        Assert.Contains(run.Received<PortalHealth>(), p => p.StatusCode == 503);
        Assert.Equal(2, run.Agent.Boots.Count);
    }

    /// <summary>The router reboots right after a poll (1-minute steps around it); everyone logs in again.</summary>
    private static async Task RebootAsync(WeekRun run)
    {
        await run.RunForAsync(TimeSpan.FromMinutes(10), Minute);
        await run.StepAsync(Minute, async () =>
        {
            await run.Sim.Router.RebootAsync();
            run.Village.RouterRebooted();
            run.Village.EveryoneLogsIn();
        });
        await run.RunForAsync(TimeSpan.FromMinutes(10), Minute);
    }

    /// <summary>A trial visitor logs in, browses for <paramref name="during"/> steps (well inside the 30-minute trial), and leaves right after a poll.</summary>
    private static async Task TrialVisitAsync(WeekRun run, Village.Phone phone, TimeSpan step, int before, int during)
    {
        for (var i = 0; i < before; i++)
        {
            await run.StepAsync(step);
        }

        await run.StepAsync(step, Do(() => run.Village.LogIn(phone)));
        for (var i = 0; i < during; i++)
        {
            await run.StepAsync(step);
        }

        await run.StepAsync(step, Do(() => run.Village.LogOut(phone)));
    }

    private static Func<Task> Do(Action action) => () =>
    {
        action();
        return Task.CompletedTask;
    };
}
