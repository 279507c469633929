namespace KimHotspot.RouterAgent.Tests.Outbox;

public sealed class OutboxBudgetTests
{
    private static readonly TimeSpan Hour = TimeSpan.FromHours(1);

    [Fact]
    public async Task AppendAsync_LongOutageSmallBudget_ExactHourlySumsAndCountedDropOfDetailOnly()
    {
        using var fx = new OutboxFixture(maxBytes: 6000, rollup: new SumRollup());
        var start = fx.Time.GetUtcNow();
        var expected = new Dictionary<DateTimeOffset, long>();
        await using var outbox = fx.Open();
        for (var minute = 0; minute < 6 * 60; minute++)
        {
            var now = fx.Time.GetUtcNow();
            long value = (minute * 7 % 100) + 1;
            var hour = start + Hour * (minute / 60);
            expected[hour] = expected.GetValueOrDefault(hour) + value;
            await outbox.AppendAsync("sum.bytes", now, OutboxFixture.Number(value));
            if (minute % 10 == 0)
            {
                await outbox.AppendAsync("event", now, new byte[200]);
            }
            fx.Time.Advance(TimeSpan.FromMinutes(1));
        }

        var stats = await outbox.GetStatsAsync();
        Assert.True(stats.StoredBytes <= 6000, $"stored {stats.StoredBytes}");
        var rows = await outbox.LeaseBatchAsync(10_000, long.MaxValue);
        var sums = rows.Where(r => r.Kind == "sum.bytes")
            .GroupBy(r => new DateTimeOffset(r.SampledAt.UtcTicks / Hour.Ticks * Hour.Ticks, TimeSpan.Zero))
            .ToDictionary(g => g.Key, g => g.Sum(r => OutboxFixture.ToInt(r.Body)));
        Assert.Equal(expected.OrderBy(p => p.Key), sums.OrderBy(p => p.Key));
        Assert.Equal(5, rows.Count(r => r.IsRollup)); // hours 0-4 summarised; hour 5 is not complete yet
        var events = rows.Where(r => r.Kind == "event").ToList();
        Assert.NotEmpty(events);
        Assert.False(stats.DropsByKind.ContainsKey("sum.bytes"));
        Assert.Equal(36 - events.Count, stats.DropsByKind["event"]);
        Assert.Equal(stats.DropsByKind["event"], stats.Drops);
        Assert.All(events, e => Assert.True(e.SampledAt >= start + TimeSpan.FromHours(5))); // the oldest went
    }

    [Fact]
    public async Task EnforceBudgetAsync_DetailOlderThanMaxAge_RollsUpRollableAndDropsTheRest()
    {
        using var fx = new OutboxFixture(maxAge: TimeSpan.FromHours(2), rollup: new SumRollup());
        await using var outbox = fx.Open();
        await outbox.AppendAsync("event", fx.Time.GetUtcNow(), [1]);
        for (var i = 1; i <= 4; i++)
        {
            await outbox.AppendAsync("sum.x", fx.Time.GetUtcNow(), OutboxFixture.Number(i));
            fx.Time.Advance(TimeSpan.FromMinutes(10));
        }
        fx.Time.Advance(TimeSpan.FromHours(3));
        await outbox.EnforceBudgetAsync();

        var rows = await outbox.LeaseBatchAsync(100, long.MaxValue);
        var summary = Assert.Single(rows);
        Assert.True(summary.IsRollup);
        Assert.Equal(10, OutboxFixture.ToInt(summary.Body));
        Assert.Equal(6, summary.Key.Seq); // a new seq of this boot, after the five appends
        var stats = await outbox.GetStatsAsync();
        Assert.Equal(1, stats.DropsByKind["event"]);

        fx.Time.Advance(TimeSpan.FromDays(10));
        await outbox.EnforceBudgetAsync();
        Assert.Single(await outbox.LeaseBatchAsync(100, long.MaxValue)); // summaries are not dropped for age
    }

    [Fact]
    public async Task EnforceBudgetAsync_LeasedRows_AreNeitherRolledUpNorDropped()
    {
        using var fx = new OutboxFixture(maxAge: TimeSpan.FromHours(2), rollup: new SumRollup());
        await using var outbox = fx.Open();
        await outbox.AppendAsync("event", fx.Time.GetUtcNow(), [1]);
        await outbox.AppendAsync("sum.x", fx.Time.GetUtcNow(), OutboxFixture.Number(1));
        await outbox.AppendAsync("sum.x", fx.Time.GetUtcNow(), OutboxFixture.Number(2));
        await outbox.AppendAsync("sum.x", fx.Time.GetUtcNow(), OutboxFixture.Number(3));
        var leased = (await outbox.LeaseBatchAsync(2, long.MaxValue)).Select(e => e.Key).ToList();
        fx.Time.Advance(TimeSpan.FromHours(3));
        await outbox.EnforceBudgetAsync();

        Assert.Equal(2, await outbox.AcknowledgeAsync(leased)); // the upload in flight still finds its rows
        var rest = await outbox.LeaseBatchAsync(100, long.MaxValue);
        var summary = Assert.Single(rest); // sum.x 2 and 3 rolled up without the in-flight 1
        Assert.True(summary.IsRollup);
        Assert.Equal(5, OutboxFixture.ToInt(summary.Body));
        Assert.Equal(0, (await outbox.GetStatsAsync()).Drops);
    }
}

public sealed class OutboxRollupFailureTests
{
    /// <summary>Sums like <see cref="SumRollup"/> but cannot read a body that is not a number.</summary>
    private sealed class PickyRollup : KimHotspot.RouterAgent.Outbox.IRollup
    {
        public bool CanRollUp(string kind) => true;

        public byte[] Merge(string kind, DateTimeOffset hourStart, IReadOnlyList<byte[]> bodies) =>
            OutboxFixture.Number(bodies.Sum(OutboxFixture.ToInt)); // FormatException on "bad"
    }

    [Fact]
    public async Task AppendAsync_MergeThrowsForOneHour_AppendsSucceedOtherHoursRolledNothingLost()
    {
        // Room for one hour of detail beside the unmergeable hour, so the budget needs the other hours rolled up.
        using var fx = new OutboxFixture(maxBytes: 12_000, rollup: new PickyRollup());
        await using var outbox = fx.Open();
        await outbox.AppendAsync("sum.bytes", fx.Time.GetUtcNow(), "bad"u8.ToArray());
        long total = 0;
        for (var minute = 0; minute < 4 * 60; minute++)
        {
            await outbox.AppendAsync("sum.bytes", fx.Time.GetUtcNow(), OutboxFixture.Number(minute));
            total += minute;
            fx.Time.Advance(TimeSpan.FromMinutes(1));
        }

        var stats = await outbox.GetStatsAsync();
        var rows = await outbox.LeaseBatchAsync(10_000, long.MaxValue);
        Assert.True(stats.StoredBytes <= 12_000, $"stored {stats.StoredBytes}");
        Assert.Equal(0, stats.Drops);
        Assert.Equal(2, rows.Count(r => r.IsRollup)); // hours 1 and 2; hour 0 cannot be merged, hour 3 is not over
        Assert.Single(rows, r => r.Body.AsSpan().SequenceEqual("bad"u8));
        Assert.Equal(total, rows.Where(r => !r.Body.AsSpan().SequenceEqual("bad"u8)).Sum(r => OutboxFixture.ToInt(r.Body)));
    }
}
