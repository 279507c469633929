using System.Globalization;
using KimHotspot.Central.Data;
using KimHotspot.Central.History;
using KimHotspot.Central.Live;
using KimHotspot.Central.Sites;
using KimHotspot.Central.Tests.CentralFixture;
using Microsoft.Extensions.DependencyInjection;

namespace KimHotspot.Central.Tests.Dashboard;

/// <summary>A province-sized fleet: the overview lists all 1,000 sites with their figures (the timing is in docs/benchmarks.md).</summary>
public sealed class OverviewScaleTests
{
    [Fact]
    public async Task Overview_ThousandSites_ListsEveryOneWithTodaysBytes()
    {
        await using var app = CentralApp.Create();
        var services = app.Services;
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var today = services.GetRequiredService<TimeBuckets>().Day(now);
        var minute = TimeBuckets.Minute(now).AddMinutes(-1) is var m && m >= today ? m : today;
        var ids = Enumerable.Range(1, 1000).Select(i => string.Create(CultureInfo.InvariantCulture, $"71.{i / 100:00}.{i % 100:00}.2001")).ToList();
        await app.WithDbAsync(db =>
        {
            foreach (var (id, i) in ids.Select((id, i) => (id, i)))
            {
                db.Sites.Add(new Site { Id = id, Name = "Desa " + i, Kecamatan = "Kec " + (i % 20), Latitude = 0.5 + (i / 2000.0), Longitude = 124 + (i % 50 / 100.0), CreatedAt = now.AddDays(-60) });
                db.SiteMinutes.Add(new SiteMinute { SiteId = id, Start = minute, BytesIn = 1000 + i, Reports = 1 });
            }

            return db.SaveChangesAsync();
        });
        var live = services.GetRequiredService<ILiveState>();
        foreach (var id in ids)
        {
            await live.UpdateAsync(new SiteLive { SiteId = id, LastSeen = now, LastSampleAt = now, ActiveUsers = 2 });
        }

        await DashboardSeed.SweepAsync(services);
        using var client = await OperatorKit.SignedInClientAsync(app);

        var html = await client.GetStringAsync(new Uri("/", UriKind.Relative));
        var json = await client.GetStringAsync(new Uri("/api/dashboard/overview", UriKind.Relative));

        Assert.Equal(1000, html.Split("<tr data-site=\"").Length - 1);
        Assert.Contains(">1000</b>", html, StringComparison.Ordinal); // sites online tile
        Assert.Contains("\"usersNow\":2000", json, StringComparison.Ordinal);
        Assert.Contains("\"bytesToday\":1499500,", json, StringComparison.Ordinal); // the fleet tile: sum of 1000 + i
    }
}
