using KimHotspot.Central.History;
using Microsoft.Extensions.DependencyInjection;
using static KimHotspot.Central.Tests.History.HistoryHost;

namespace KimHotspot.Central.Tests.History;

public sealed class HistoryQueryTests
{
    [Fact]
    public async Task SiteAsync_Day_FiveMinuteBuckets()
    {
        await using var h = await StartAsync(Local(12, 30));
        await h.PostUsageAsync((Local(12, 1), 1, 2), (Local(12, 4), 2, 5), (Local(12, 6), 4, 1));

        var points = await QueryAsync(h, q => q.SiteAsync(Site, HistoryRange.Day));

        Assert.Equal([(Local(12), 3L, 5), (Local(12, 5), 4L, 1)], points.Select(p => (p.Start, p.BytesIn, p.PeakUsers)));
    }

    [Fact]
    public async Task SiteAsync_Week_RolledHoursPlusTheCurrentHourFromMinutes()
    {
        await using var h = await StartAsync(Local(13, 30));
        await h.PostUsageAsync((Local(11, 1), 1, 1), (Local(12, 30), 10, 1), (Local(13, 5), 100, 1));
        await h.RollAsync();
        await h.PostUsageAsync((Local(12, 31), 20, 1)); // late: its hour is pending again

        var points = await QueryAsync(h, q => q.SiteAsync(Site, HistoryRange.Week));

        Assert.Equal([(Local(11), 1L), (Local(12), 30L), (Local(13), 100L)], points.Select(p => (p.Start, p.BytesIn)));
    }

    [Fact]
    public async Task SiteAsync_Month_SiteLocalDays()
    {
        await using var h = await StartAsync(Local(12, 0, day: 29));
        await h.PostUsageAsync((Local(23, 0), 5, 1), (Local(1, 0, day: 29), 7, 1), (Local(11, 0, day: 29), 1, 1));
        await h.RollAsync();

        var points = await QueryAsync(h, q => q.SiteAsync(Site, HistoryRange.Month));

        Assert.Equal([(Local(0), 5L), (Local(0, day: 29), 8L)], points.Select(p => (p.Start, p.BytesIn)));
    }

    [Fact]
    public async Task FleetAsync_TwoSites_BytesAndPeaksAddUp()
    {
        await using var h = await StartAsync(Local(12, 30));
        await h.PostUsageAsync((Local(12, 1), 10, 4));
        var other = "71.74.01.2002";
        var key = await h.Host.AddSiteAsync(other);
        var report = Ingest.Samples.Report(other, 1, Local(12, 2), Ingest.Samples.Usage(5, 0, peak: 6), ageMs: 0);
        _ = await Ingest.IngestHost.AckAsync(await h.Host.PostAsync(other, key, new(1, other, [report])));

        var points = await QueryAsync(h, q => q.FleetAsync(HistoryRange.Day));

        Assert.Equal([(Local(12), 15L, 10)], points.Select(p => (p.Start, p.BytesIn, p.PeakUsers)));
    }

    private static async Task<IReadOnlyList<HistoryPoint>> QueryAsync(HistoryHost h, Func<HistoryQuery, Task<IReadOnlyList<HistoryPoint>>> query)
    {
        await using var scope = h.Host.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<HistoryQuery>());
    }
}
