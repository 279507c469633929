using KimHotspot.Central.Ingest;
using KimHotspot.Central.Live;
using KimHotspot.Contracts.Messages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static KimHotspot.Central.Tests.Ingest.Samples;

namespace KimHotspot.Central.Tests.Ingest;

public sealed class StoreTests
{
    private const string Site = "71.74.01.2001";

    [Fact]
    public async Task Post_SameBatchTwice_StoredOnceAndBothAcknowledged()
    {
        await using var host = IngestHost.Start();
        var key = await host.AddSiteAsync(Site);
        var batch = new ReportBatch(1, Site, [Report(Site, 1, Noon.AddMinutes(20), Usage(100, 1000)), Report(Site, 2, Noon.AddMinutes(21), Usage(5, 50))]);

        var first = await IngestHost.AckAsync(await host.PostAsync(Site, key, batch));
        var second = await IngestHost.AckAsync(await host.PostAsync(Site, key, batch));

        Assert.Equal(first.Accepted, second.Accepted);
        Assert.Equal(2, second.Accepted.Count);
        Assert.Equal(2, await host.WithDbAsync(db => db.ReceivedReports.CountAsync()));
        Assert.Equal(105, await host.WithDbAsync(db => db.SiteMinutes.SumAsync(m => m.BytesIn)));
    }

    [Fact]
    public async Task StoreAsync_SameBatchFromTwoWritersAtOnce_StoredOnceBothAcknowledged()
    {
        await using var host = IngestHost.Start();
        _ = await host.AddSiteAsync(Site);
        var store = host.Services.GetRequiredService<ReportStore>();
        var reports = Enumerable.Range(1, 50).Select(i => Report(Site, i, Noon.AddMinutes(i % 30), Usage(1, 0))).ToList();
        var batch = new VerifiedBatch(Site, new ReportBatch(1, Site, reports), host.Time.GetUtcNow(), host.Time.GetUtcNow());

        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => store.StoreAsync(batch, CancellationToken.None))));

        Assert.All(results, r => Assert.Equal(50, r.Accepted.Count));
        Assert.Equal(50, results.Sum(r => r.NewReports));
        Assert.Equal(50, await host.WithDbAsync(db => db.SiteMinutes.SumAsync(m => m.BytesIn)));
    }

    [Fact]
    public async Task Post_OverlappingBatch_OnlyNewReportsCounted()
    {
        await using var host = IngestHost.Start();
        var key = await host.AddSiteAsync(Site);
        var one = Report(Site, 1, Noon.AddMinutes(20), Usage(100, 0));
        var two = Report(Site, 2, Noon.AddMinutes(20), Usage(7, 0));

        _ = await IngestHost.AckAsync(await host.PostAsync(Site, key, new ReportBatch(1, Site, [one])));
        var ack = await IngestHost.AckAsync(await host.PostAsync(Site, key, new ReportBatch(1, Site, [one, two, two])));

        Assert.Equal([one.Key, two.Key], ack.Accepted);
        var minute = await host.WithDbAsync(db => db.SiteMinutes.SingleAsync());
        Assert.Equal((107L, 2), (minute.BytesIn, minute.Reports));
    }

    [Fact]
    public async Task Post_OutOfOrderAndLateSamples_LandInTheirMinutes()
    {
        await using var host = IngestHost.Start();
        var key = await host.AddSiteAsync(Site);
        // Newest first, and one from yesterday that waited in the outbox.
        var batch = new ReportBatch(1, Site,
        [
            Report(Site, 3, Noon.AddMinutes(25).AddSeconds(59), Usage(3, 0)),
            Report(Site, 1, Noon.AddMinutes(5), Usage(1, 0)),
            Report(Site, 2, Noon.AddDays(-1).AddMinutes(7).AddSeconds(30), Usage(2, 0)),
        ]);

        _ = await IngestHost.AckAsync(await host.PostAsync(Site, key, batch));

        var minutes = await host.WithDbAsync(db => db.SiteMinutes.ToListAsync());
        Assert.Equal(
            [(Noon.AddDays(-1).AddMinutes(7), 2L), (Noon.AddMinutes(5), 1L), (Noon.AddMinutes(25), 3L)],
            minutes.Select(m => (m.Start, m.BytesIn)).OrderBy(m => m.Start));
    }

    [Fact]
    public async Task Post_UnsyncedClock_RetimedFromAgeAndRecorded()
    {
        await using var host = IngestHost.Start();
        var key = await host.AddSiteAsync(Site);
        var now = host.Time.GetUtcNow();
        var report = Report(Site, 1, DateTimeOffset.UnixEpoch.AddMinutes(2), Usage(9, 0), synced: false, ageMs: 125_000);

        _ = await IngestHost.AckAsync(await host.PostAsync(Site, key, new ReportBatch(1, Site, [report])));

        var stored = await host.WithDbAsync(db => db.ReceivedReports.SingleAsync());
        Assert.True(stored.Retimed);
        Assert.Equal(now.AddSeconds(-125), stored.EffectiveAt);
        Assert.Equal(DateTimeOffset.UnixEpoch.AddMinutes(2), stored.SampledAt);
        var minute = await host.WithDbAsync(db => db.SiteMinutes.SingleAsync());
        Assert.Equal(now.AddMinutes(-3), minute.Start); // 12:30:00 − 2:05 → 12:27:55 → minute 12:27
    }

    [Fact]
    public async Task Post_SyncedClockButAgentMeasuredLargeOffset_RetimedFromAge()
    {
        await using var host = IngestHost.Start();
        var key = await host.AddSiteAsync(Site);
        var now = host.Time.GetUtcNow();
        var skewed = now.AddHours(-3); // the board believes it is synced, but runs three hours behind
        var batch = new ReportBatch(1, Site,
        [
            Report(Site, 1, skewed.AddMinutes(-10), Usage(4, 0), synced: true, ageMs: 600_000),
            Report(Site, 2, skewed, Agent(offsetMs: (long)TimeSpan.FromHours(3).TotalMilliseconds), synced: true, ageMs: 0),
        ]);

        _ = await IngestHost.AckAsync(await host.PostAsync(Site, key, batch));

        var minute = await host.WithDbAsync(db => db.SiteMinutes.SingleAsync(m => m.BytesIn == 4));
        Assert.Equal(now.AddMinutes(-10), minute.Start);
    }

    [Fact]
    public async Task Post_NewReports_UpdateLiveStateAfterCommit()
    {
        await using var host = IngestHost.Start();
        var key = await host.AddSiteAsync(Site);
        var batch = new ReportBatch(1, Site,
        [
            Report(Site, 1, Noon.AddMinutes(28), Router(cpu: 42)),
            Report(Site, 2, Noon.AddMinutes(29), Usage(1, 1, peak: 17)),
            Report(Site, 3, Noon.AddMinutes(29), Portal(up: false)),
        ]);

        _ = await IngestHost.AckAsync(await host.PostAsync(Site, key, batch));

        var live = await host.Services.GetRequiredService<ILiveState>().GetAsync(Site);
        Assert.NotNull(live);
        Assert.Equal(host.Time.GetUtcNow(), live.LastSeen);
        Assert.Equal(Noon.AddMinutes(29), live.LastSampleAt);
        Assert.Equal((42, 17, false), (live.CpuLoadPercent, live.ActiveUsers, live.PortalReachable));
    }

    [Fact]
    public async Task Post_HourlySummary_FoldsIntoTheFirstMinuteOfItsHour()
    {
        await using var host = IngestHost.Start();
        var key = await host.AddSiteAsync(Site);
        var hour = Noon.AddHours(-5);
        var report = Report(Site, 1, hour, Summary(hour, 12_345, replaced: 60), synced: true, ageMs: null);

        _ = await IngestHost.AckAsync(await host.PostAsync(Site, key, new ReportBatch(1, Site, [report])));

        var minute = await host.WithDbAsync(db => db.SiteMinutes.SingleAsync());
        Assert.Equal((hour, 12_345L, 60, 20), (minute.Start, minute.BytesIn, minute.Reports, minute.RouterSamples));
    }
}
