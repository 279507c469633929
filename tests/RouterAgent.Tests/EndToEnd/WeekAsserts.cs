using KimHotspot.Contracts.Messages;
using KimHotspot.Contracts.Signing;
using KimHotspot.RouterAgent.Tests.Upload;

namespace KimHotspot.RouterAgent.Tests.EndToEnd;

/// <summary>What must hold after <see cref="WeekRun"/>: delivery, totals, the clock jump and the outage as data.</summary>
internal static class WeekAsserts
{
    /// <summary>Every (bootId, seq) the outbox file ever assigned is stored at the receiver, per boot 1..N with no gap, nothing else.</summary>
    public static void EveryReportOnce(WeekRun run)
    {
        var assigned = run.Agent.AssignedSeqs();
        Assert.Equal(run.Agent.Boots.Order(), assigned.Keys.Order());
        var stored = run.Receiver.Stored.Keys.ToList();
        Assert.All(stored, k => Assert.Equal(TestReceiver.SiteId, k.Site));
        foreach (var (boot, lastSeq) in assigned)
        {
            Assert.True(lastSeq > 0);
            var seqs = stored.Where(k => k.Boot == boot).Select(k => k.Seq).Order().ToList();
            Assert.Equal(Enumerable.Range(1, checked((int)lastSeq)).Select(i => (long)i), seqs);
        }

        Assert.Equal(assigned.Values.Sum(), stored.Count);
        Assert.True(run.Receiver.Deliveries >= stored.Count); // at-least-once on the wire, once in the store
    }

    /// <summary>Bytes, interface counters, session starts and ends add up to exactly what the village did.</summary>
    public static void TotalsEqualRouterCounters(WeekRun run, int minSessions = 21)
    {
        var village = run.Village;
        var usage = run.Received<HotspotUsage>();
        var summaries = run.Received<HourlySummary>(); // none with the default budget; counted if the outbox rolled up
        Assert.Equal(village.BytesIn, usage.Sum(u => u.BytesIn) + summaries.Sum(s => s.BytesIn));
        Assert.Equal(village.BytesOut, usage.Sum(u => u.BytesOut) + summaries.Sum(s => s.BytesOut));
        Assert.Equal(village.ExpectedStarts, usage.Sum(u => u.SessionStarts) + summaries.Sum(s => s.SessionStarts));
        Assert.Equal(village.ExpectedEnds, usage.Sum(u => u.SessionEnds) + summaries.Sum(s => s.SessionEnds));

        // Interfaces: client upload enters wlan1 (rx) and leaves by ether1 (tx), downloads the other way.
        var interfaces = run.Received<RouterHealth>().SelectMany(r => r.Interfaces)
            .Concat(summaries.SelectMany(s => s.Interfaces)).ToList();
        long Rx(string name) => interfaces.Where(i => i.Name == name).Sum(i => i.RxBytes);
        long Tx(string name) => interfaces.Where(i => i.Name == name).Sum(i => i.TxBytes);
        Assert.Equal((village.BytesIn, village.BytesOut), (Rx("wlan1"), Tx("wlan1")));
        Assert.Equal((village.BytesOut, village.BytesIn), (Rx("ether1"), Tx("ether1")));
        Assert.True(village.Sessions >= minSessions, $"only {village.Sessions} sessions");
    }

    /// <summary>Samples taken at 1970 say the clock was not synced; after the jump they say it is.</summary>
    public static void ClockJumpReported(WeekRun run)
    {
        var epoch = new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var reports = run.Received();
        var early = reports.Where(r => r.SampledAt < epoch).ToList();
        Assert.NotEmpty(early);
        Assert.All(early, r => Assert.False(r.ClockSynced));
        Assert.All(reports.Except(early), r => Assert.True(r.ClockSynced));
        Assert.All(reports.Select(r => r.Body).OfType<HotspotUsage>(), u => Assert.True(u.DurationMs > 0)); // monotonic, not wall
        Assert.DoesNotContain(VerifyResult.BadSignature, run.Receiver.Verdicts);
    }

    /// <summary>The agent's own reports show the outage: depth and oldest unsent age only grow, no acknowledgement.</summary>
    public static void OutageReported(WeekRun run, DateTimeOffset start, DateTimeOffset end, DateTimeOffset? lastAckBefore)
    {
        var during = run.Received()
            .Where(r => r.Body is AgentHealth && r.SampledAt > start && r.SampledAt <= end)
            .OrderBy(r => r.SampledAt).Select(r => (AgentHealth)r.Body).ToList();
        Assert.True(during.Count > 7 * 24 * 12 - 20, $"{during.Count} agent reports during the outage");
        for (var i = 1; i < during.Count; i++)
        {
            Assert.True(during[i].OutboxDepth > during[i - 1].OutboxDepth, $"depth fell at {i}");
            Assert.True(during[i].OldestUnsentAgeSeconds >= during[i - 1].OldestUnsentAgeSeconds, $"age fell at {i}");
        }

        Assert.NotNull(lastAckBefore);
        Assert.All(during, h => Assert.Equal(lastAckBefore, h.LastAckAt));
        var week = (long)TimeSpan.FromDays(7).TotalSeconds;
        Assert.InRange(during[^1].OldestUnsentAgeSeconds!.Value, week - 3600, week + 3600);
        Assert.True(during[^1].OutboxDepth > (7 * 24 * 12 * 4) - 100, $"depth {during[^1].OutboxDepth} at the end of the outage");

        // Afterwards it drained: the last agent report shows (almost) nothing waiting.
        var last = run.Received().Where(r => r.Body is AgentHealth).MaxBy(r => r.SampledAt)!;
        Assert.InRange(((AgentHealth)last.Body).OutboxDepth, 0, 10);
    }
}
