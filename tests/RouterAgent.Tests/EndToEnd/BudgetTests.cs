using KimHotspot.Contracts.Messages;

namespace KimHotspot.RouterAgent.Tests.EndToEnd;

/// <summary>A long outage against a small outbox budget, with the real collector, roll-up, uploader and receiver.</summary>
public sealed class BudgetTests
{
    private const long Budget = 400_000;

    [Fact]
    public async Task LongOutage_SmallBudget_ExactHourlyRollupsAndACountedReportedDropOfHealthDetailOnly()
    {
        await using var run = await WeekRun.StartAsync();
        run.Agent.Options.MaxBytes = Budget;
        run.Agent.Restart(); // reopen the (still empty) outbox with the small budget
        await run.Village.AddUsersAsync();
        run.Village.EveryoneLogsIn();
        await run.PollAsync(); // baseline
        await run.Receiver.DownAsync();

        // Three days without uplink: about 3,500 reports of ~0.5 kB against a 400 kB budget.
        await run.RunForAsync(TimeSpan.FromDays(3), TimeSpan.FromMinutes(5));
        var during = await run.Agent.StatsAsync();
        Assert.InRange(during.StoredBytes, 1, Budget);

        await run.Receiver.UpAsync();
        await run.DrainAsync(TimeSpan.FromMinutes(1), maxSteps: 120);
        // One more agent report after the drain, so Central hears of the drops.
        await run.RunForAsync(TimeSpan.FromMinutes(10), TimeSpan.FromMinutes(5));
        await run.DrainAsync(TimeSpan.FromMinutes(1), maxSteps: 10);

        var stats = await run.Agent.StatsAsync();
        var summaries = run.Received<HourlySummary>();
        Assert.True(summaries.Count >= 2 * 60, $"{summaries.Count} hourly summaries"); // hotspot and router hours of the outage
        Assert.All(summaries, s => Assert.Equal(0, s.HourStart.UtcTicks % TimeSpan.TicksPerHour));
        Assert.All(summaries, s => Assert.True(s.ReplacedReports >= 1));

        // Exact: bytes, sessions and interface traffic over detail + summaries equal what the village did.
        WeekAsserts.TotalsEqualRouterCounters(run, minSessions: 4);

        // Only health pings were dropped (never usage detail, never a summary), every one counted...
        Assert.True(stats.Drops > 0, "the budget never forced a drop");
        Assert.Subset(new HashSet<string> { PortalHealth.Kind, AgentHealth.Kind }, stats.DropsByKind.Keys.ToHashSet());
        Assert.Equal(stats.Drops, stats.DropsByKind.Values.Sum());
        // ...and reported to Central in the agent's own health.
        var lastHealth = (AgentHealth)run.Received().Where(r => r.Body is AgentHealth).MaxBy(r => r.SampledAt)!.Body;
        Assert.Equal(stats.Drops, lastHealth.DroppedReports);
    }
}
