using KimHotspot.Central.Reports;
using KimHotspot.Central.Tests.Ingest;
using Microsoft.Extensions.DependencyInjection;

namespace KimHotspot.Central.Tests.Reports;

public class MonthlyReportQueryTests
{
    private static readonly TimeZoneInfo Wita = TimeZoneInfo.FindSystemTimeZoneById("Asia/Makassar");

    [Fact]
    public void Parse_MonthKey_BoundsAtLocalMidnight()
    {
        var month = ReportMonth.Parse("2026-10", Wita)!;

        Assert.Equal(ReportSeed.OctoberStart, month.Start);
        Assert.Equal(new DateTimeOffset(2026, 10, 31, 16, 0, 0, TimeSpan.Zero), month.End);
        Assert.Equal(744, (month.End - month.Start).TotalHours);
        Assert.Null(ReportMonth.Parse("2026-13", Wita));
        Assert.Null(ReportMonth.Parse("2026-1", Wita));
        Assert.Null(ReportMonth.Parse("../etc", Wita));
    }

    [Fact]
    public async Task BuildAsync_SeededHours_UptimeOutageAndTotals()
    {
        await using var host = IngestHost.Start(now: new DateTimeOffset(2026, 11, 28, 3, 0, 0, TimeSpan.Zero));
        var start = ReportSeed.OctoberStart;
        await host.WithDbAsync(async db =>
        {
            await ReportSeed.AddAsync(db,
                [ReportSeed.Site("71.74.01.2001", "Mogolaing"), ReportSeed.Site("71.74.01.2002", "Gogagoman", "Kotamobagu Timur")],
                [
                    // site 1: 700 full hours, 40 half hours (router samples 30 of 60), 4 hours silent
                    .. ReportSeed.Hours("71.74.01.2001", start, 700, h => (h.BytesIn, h.BytesOut, h.SessionStarts) = (1000, 100, 2)),
                    .. ReportSeed.Hours("71.74.01.2001", start.AddHours(700), 40, h => (h.RouterSamples, h.RouterUnreachableSamples, h.Reboots) = (30, 30, 0)),
                    // a reboot, peaks and devices on two local days
                    .. ReportSeed.Hours("71.74.01.2001", start.AddHours(-1), 1, h => h.BytesIn = 999_999), // September: not counted
                    .. ReportSeed.Hours("71.74.01.2002", start, 24, h => (h.PeakUsers, h.DistinctDevices, h.Reboots) = (h.Start.Hour == 5 ? 17 : 3, 40, h.Start.Hour == 5 ? 1 : 0)),
                    .. ReportSeed.Hours("71.74.01.2002", start.AddHours(24), 24, h => h.DistinctDevices = h.Start.Hour == 20 ? 10 : 4),
                ]);
            return 0;
        });

        var report = await BuildAsync(host, "2026-10");

        Assert.True(report.Complete);
        var mogolaing = Assert.Single(report.Sites, s => s.Name == "Mogolaing");
        Assert.Equal(744, mogolaing.PeriodHours);
        Assert.Equal(720, mogolaing.UpHours, 6);
        Assert.Equal(720.0 / 744, mogolaing.Uptime!.Value, 6);
        Assert.Equal(24, mogolaing.OutageHours, 6);
        Assert.Equal(700_000, mogolaing.BytesIn);
        Assert.Equal(70_000, mogolaing.BytesOut);
        Assert.Equal(1400, mogolaing.Sessions);
        var gogagoman = Assert.Single(report.Sites, s => s.Name == "Gogagoman");
        Assert.Equal(48.0 / 744, gogagoman.Uptime!.Value, 6);
        Assert.Equal(17, gogagoman.PeakUsers);
        Assert.Equal(1, gogagoman.Reboots);
        Assert.Equal(40, gogagoman.DevicesMaxPerDay);
        Assert.Equal(25, gogagoman.DevicesAveragePerDay, 6); // local days: 40, then 10
        Assert.Equal(["Kotamobagu Barat", "Kotamobagu Timur"], report.Sites.Select(s => s.Kecamatan));
    }

    [Fact]
    public async Task BuildAsync_SiteRegisteredMidMonthAndRunningMonth_PeriodCountsOnlyItsEndedHours()
    {
        var now = new DateTimeOffset(2026, 10, 11, 16, 30, 0, TimeSpan.Zero); // 11 days and 30 minutes into October (WITA)
        await using var host = IngestHost.Start(now: now);
        var registered = ReportSeed.OctoberStart.AddDays(5);
        await host.WithDbAsync(async db =>
        {
            await ReportSeed.AddAsync(db,
                [ReportSeed.Site("71.74.01.2003", "Sia", createdAt: registered.AddMinutes(20))],
                ReportSeed.Hours("71.74.01.2003", registered, 72));
            return 0;
        });

        var report = await BuildAsync(host, "2026-10");

        var sia = Assert.Single(report.Sites);
        Assert.False(report.Complete);
        Assert.Equal(6 * 24, sia.PeriodHours); // from registration to the last ended hour
        Assert.Equal(0.5, sia.Uptime!.Value, 6);
    }

    [Fact]
    public async Task BuildAsync_ReportIntervalFiveMinutes_TwelveSamplesMakeAFullHour()
    {
        await using var host = IngestHost.Start(now: new DateTimeOffset(2026, 11, 28, 3, 0, 0, TimeSpan.Zero));
        await host.WithDbAsync(async db =>
        {
            var site = ReportSeed.Site("71.74.01.2004", "Poyowa");
            site.ReportInterval = TimeSpan.FromMinutes(5);
            await ReportSeed.AddAsync(db, [site], ReportSeed.Hours("71.74.01.2004", ReportSeed.OctoberStart, 744, h => h.RouterSamples = 12));
            return 0;
        });

        var report = await BuildAsync(host, "2026-10");

        Assert.Equal(1.0, Assert.Single(report.Sites).Uptime!.Value, 6);
    }

    private static async Task<MonthlyReport> BuildAsync(IngestHost host, string month)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var query = scope.ServiceProvider.GetRequiredService<MonthlyReportQuery>();
        return await query.BuildAsync(ReportMonth.Parse(month, query.Zone)!, CancellationToken.None);
    }
}
