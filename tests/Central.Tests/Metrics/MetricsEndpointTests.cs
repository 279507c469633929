using System.Net;
using System.Net.Http.Headers;
using KimHotspot.Central.Live;
using KimHotspot.Central.Sites;
using KimHotspot.Central.Sweeper;
using KimHotspot.Central.Tests.CentralFixture;
using Microsoft.Extensions.DependencyInjection;

namespace KimHotspot.Central.Tests.Metrics;

/// <summary><c>/metrics</c> of a Central with seeded sites, parsed as Prometheus would.</summary>
public sealed class MetricsEndpointTests
{
    private const string Reporting = "71.74.05.2001";
    private const string Silent = "71.74.05.2002";
    private const string OddKecamatan = "Kotamobagu \"Selatan\"\\baru";

    [Fact]
    public async Task Metrics_SeededSites_PerSiteGaugesParse()
    {
        await using var app = CentralApp.Create(new Dictionary<string, string?> { ["Sweeper:Interval"] = "01:00:00" });
        await app.WithDbAsync(db =>
        {
            db.Sites.Add(new Site { Id = Reporting, Name = "Mongkonai", Kecamatan = OddKecamatan, CreatedAt = DateTimeOffset.UtcNow });
            db.Sites.Add(new Site { Id = Silent, Name = "Gogagoman", Kecamatan = "Kotamobagu Barat", CreatedAt = DateTimeOffset.UtcNow });
            return db.SaveChangesAsync();
        });
        var now = app.Services.GetRequiredService<TimeProvider>().GetUtcNow();
        await app.Services.GetRequiredService<ILiveState>().UpdateAsync(new SiteLive
        {
            SiteId = Reporting, LastSeen = now.AddSeconds(-5), LastSampleAt = now.AddSeconds(-5),
            ActiveUsers = 17, CpuLoadPercent = 42, MemoryFreeBytes = 52_428_800, OutboxDepth = 3,
        });
        await app.Services.GetRequiredService<SiteSweeper>().SweepOnceAsync(CancellationToken.None);
        using var client = app.Client();

        using var response = await client.GetAsync(new Uri("/metrics", UriKind.Relative));
        var samples = PrometheusParser.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains(response.Content.Headers.ContentType.Parameters, p => p.Name == "version" && p.Value == "0.0.4");
        double Value(string name, string site) => Assert.Single(samples, s => s.Name == name && s.Labels["site_id"] == site).Value;
        Assert.Equal(OddKecamatan, Assert.Single(samples, s => s.Name == "kim_site_up" && s.Labels["site_id"] == Reporting).Labels["kecamatan"]);
        Assert.Equal(1, Value("kim_site_up", Reporting));
        Assert.Equal(1, Value("kim_site_status", Reporting));
        Assert.InRange(Value("kim_site_last_seen_seconds", Reporting), 0, 3600);
        Assert.Equal(17, Value("kim_site_active_users", Reporting));
        Assert.Equal(42, Value("kim_site_router_cpu_percent", Reporting));
        Assert.Equal(52_428_800, Value("kim_site_router_memory_free_bytes", Reporting));
        Assert.Equal(3, Value("kim_site_outbox_depth", Reporting));
        Assert.Equal(0, Value("kim_site_up", Silent));
        Assert.Equal(0, Value("kim_site_status", Silent));
        Assert.DoesNotContain(samples, s => s.Name == "kim_site_active_users" && s.Labels["site_id"] == Silent);
        Assert.DoesNotContain(samples, s => s.Name == "kim_site_portal_reachable"); // no Portal address: no verdict
        Assert.Equal(1, Assert.Single(samples, s => s.Name == "kim_sites" && s.Labels["status"] == "online").Value);
        Assert.Equal(1, Assert.Single(samples, s => s.Name == "kim_sites" && s.Labels["status"] == "unknown").Value);
    }

    [Fact]
    public async Task Metrics_TokenConfigured_RequiresBearer()
    {
        await using var app = CentralApp.Create(new Dictionary<string, string?> { ["Metrics:Token"] = "s3cret-scrape" });
        using var client = app.Client();
        var uri = new Uri("/metrics", UriKind.Relative);

        using var anonymous = await client.GetAsync(uri);
        using var wrong = new HttpRequestMessage(HttpMethod.Get, uri) { Headers = { Authorization = new AuthenticationHeaderValue("Bearer", "guess") } };
        using var wrongAnswer = await client.SendAsync(wrong);
        using var right = new HttpRequestMessage(HttpMethod.Get, uri) { Headers = { Authorization = new AuthenticationHeaderValue("Bearer", "s3cret-scrape") } };
        using var rightAnswer = await client.SendAsync(right);

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal("Bearer", anonymous.Headers.WwwAuthenticate.Single().Scheme);
        Assert.Equal(HttpStatusCode.Unauthorized, wrongAnswer.StatusCode);
        Assert.Equal(HttpStatusCode.OK, rightAnswer.StatusCode);
        Assert.Contains("# TYPE kim_site_up gauge", await rightAnswer.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
