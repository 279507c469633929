using KimHotspot.Central.History;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static KimHotspot.Central.Tests.History.HistoryHost;

namespace KimHotspot.Central.Tests.History;

public sealed class RollupTests
{
    [Fact]
    public async Task RunAsync_CompleteHour_RolledExactlyOnceAndRerunChangesNothing()
    {
        await using var h = await StartAsync(Local(13, 30));
        await h.PostUsageAsync((Local(12, 5), 100, 3), (Local(12, 40), 20, 7), (Local(13, 10), 1, 1));

        await h.RollAsync();
        var first = await Hours(h);
        await h.RollAsync();
        var second = await Hours(h);

        Assert.Equal([(Local(12), 120L, 7, 2)], first);
        Assert.Equal(first, second);
    }

    [Fact]
    public async Task RunAsync_LateSampleForRolledHour_HourRebuiltWithIt()
    {
        await using var h = await StartAsync(Local(13, 30));
        await h.PostUsageAsync((Local(12, 5), 100, 3));
        await h.RollAsync();

        await h.PostUsageAsync((Local(12, 59), 5, 9));
        await h.RollAsync();

        Assert.Equal([(Local(12), 105L, 9, 2)], await Hours(h));
    }

    [Fact]
    public async Task RunAsync_DaysSplitAtMakassarMidnight()
    {
        await using var h = await StartAsync(Local(0, 30, day: 29));
        await h.PostUsageAsync((Local(23, 30), 10, 1), (Local(0, 10, day: 29), 1, 1));

        h.Advance(TimeSpan.FromDays(1));
        await h.RollAsync();

        var days = await h.Host.WithDbAsync(db => db.SiteDays.Select(d => new { d.Start, d.BytesIn }).ToListAsync());
        Assert.Equal(
            [(Local(0), 10L), (Local(0, day: 29), 1L)],
            days.Select(d => (d.Start, d.BytesIn)).OrderBy(d => d.Start));
        Assert.Equal(new DateTimeOffset(2026, 11, 27, 16, 0, 0, TimeSpan.Zero), Local(0));
    }

    [Fact]
    public async Task RunAsync_MinutesPastRetention_DeletedAfterRollingAndTotalsKept()
    {
        await using var h = await StartAsync(Local(12, 30), new Dictionary<string, string?> { ["Central:MinuteDetailDays"] = "1" });
        await h.PostUsageAsync((Local(12, 1), 7, 1), (Local(12, 2), 8, 1));

        h.Advance(TimeSpan.FromDays(2));
        await h.RollAsync();

        Assert.Equal(0, await h.Host.WithDbAsync(db => db.SiteMinutes.CountAsync()));
        Assert.Equal([(Local(12), 15L, 1, 2)], await Hours(h));
        Assert.Equal(15, await h.Host.WithDbAsync(db => db.SiteDays.SumAsync(d => d.BytesIn)));
    }

    [Fact]
    public async Task Store_SampleOlderThanMinuteRetention_GoesIntoItsHourAndDay()
    {
        await using var h = await StartAsync(Local(12, 30), new Dictionary<string, string?> { ["Central:MinuteDetailDays"] = "1" });
        await h.PostUsageAsync((Local(12, 1), 7, 1));
        h.Advance(TimeSpan.FromDays(2));
        await h.RollAsync();

        await h.PostUsageAsync((Local(12, 50), 3, 4)); // two days late: its minute detail is gone
        await h.RollAsync();

        Assert.Equal(0, await h.Host.WithDbAsync(db => db.SiteMinutes.CountAsync()));
        Assert.Equal([(Local(12), 10L, 4, 2)], await Hours(h));
        Assert.Equal(10, await h.Host.WithDbAsync(db => db.SiteDays.SumAsync(d => d.BytesIn)));
    }

    [Fact]
    public async Task HistoryRoller_ClockPassesTheHour_RollsOnItsTimer()
    {
        await using var h = await StartAsync(Local(12, 30));
        await h.PostUsageAsync((Local(12, 5), 100, 3));
        var roller = h.Host.Services.GetRequiredService<HistoryRoller>();

        RollupResult result;
        do
        {
            var next = roller.NextPass;
            h.Advance(TimeSpan.FromHours(1));
            result = await next.WaitAsync(TimeSpan.FromSeconds(60));
        }
        while (result.Hours == 0);

        Assert.Equal([(Local(12), 100L, 3, 1)], await Hours(h));
    }

    [Fact]
    public void Start_UnknownTimeZone_RefusedAtStart()
    {
        var e = Assert.ThrowsAny<Exception>(() => Ingest.IngestHost.Start(new Dictionary<string, string?> { ["Central:TimeZone"] = "Mars/Olympus" }));

        Assert.Contains("Mars/Olympus", e.ToString(), StringComparison.Ordinal);
    }

    private static async Task<List<(DateTimeOffset Start, long BytesIn, int PeakUsers, int Reports)>> Hours(HistoryHost h) =>
        (await h.Host.WithDbAsync(db => db.SiteHours.AsNoTracking().ToListAsync()))
            .Select(x => (x.Start, x.BytesIn, x.PeakUsers, x.Reports)).OrderBy(x => x.Start).ToList();
}
