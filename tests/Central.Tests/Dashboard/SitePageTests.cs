using System.Net;
using System.Text.Json;
using KimHotspot.Central.Tests.CentralFixture;

namespace KimHotspot.Central.Tests.Dashboard;

/// <summary>The site page at /sites/{id} and its JSON.</summary>
public sealed class SitePageTests
{
    [Fact]
    public async Task SitePage_BusySite_ShowsStatusFiguresPipelineTimelineAndPortalLink()
    {
        await using var app = CentralApp.Create();
        await DashboardSeed.SeedAsync(app.Services);
        using var client = await OperatorKit.SignedInClientAsync(app);

        var html = await client.GetStringAsync(new Uri("/sites/" + DashboardSeed.Busy, UriKind.Relative));

        Assert.Contains("<h1>Motoboi Kecil", html, StringComparison.Ordinal);
        Assert.Contains("data-status=\"online\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/sites/71.74.01.2001/portal/\"", html, StringComparison.Ordinal);
        Assert.Contains("Buka Portal desa", html, StringComparison.Ordinal);
        Assert.Contains(">75 %<", html, StringComparison.Ordinal); // memory used
        Assert.Contains(">850 ms<", html, StringComparison.Ordinal); // clock offset
        Assert.Contains("data-f=\"outboxDepth\">4<", html, StringComparison.Ordinal);
        Assert.Contains("id=\"chart-users\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"site-series\"", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"up\"", html, StringComparison.Ordinal); // the minute with reports on the timeline
        Assert.Contains("<span class=\"down\"", html, StringComparison.Ordinal); // and the silent rest of the day
    }

    [Fact]
    public async Task SitePage_SilentSite_ListsItsOpenAlert()
    {
        await using var app = CentralApp.Create();
        await DashboardSeed.SeedAsync(app.Services);
        using var client = await OperatorKit.SignedInClientAsync(app);

        var html = await client.GetStringAsync(new Uri("/sites/" + DashboardSeed.Silent + "?range=30d", UriKind.Relative));

        Assert.Contains("data-status=\"offline\"", html, StringComparison.Ordinal);
        Assert.Contains("Kobo Kecil: LURING", html, StringComparison.Ordinal);
        Assert.Contains("masih terbuka", html, StringComparison.Ordinal);
        Assert.Contains("aria-current=\"page\">30 hari", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SitePage_UnknownId_Answers404()
    {
        await using var app = CentralApp.Create();
        using var client = await OperatorKit.SignedInClientAsync(app);

        using var response = await client.GetAsync(new Uri("/sites/99.99.99.9999", UriKind.Relative));
        using var api = await client.GetAsync(new Uri("/api/dashboard/sites/99.99.99.9999/series", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, api.StatusCode);
    }

    [Theory]
    [InlineData("24h", 288)]
    [InlineData("7d", 168)]
    [InlineData("30d", 30)]
    public async Task SiteSeries_EachRange_OneEntryPerBucketForEveryChart(string range, int buckets)
    {
        await using var app = CentralApp.Create();
        await DashboardSeed.SeedAsync(app.Services);
        using var client = await OperatorKit.SignedInClientAsync(app);

        using var doc = JsonDocument.Parse(await client.GetStringAsync(
            new Uri($"/api/dashboard/sites/{DashboardSeed.Busy}/series?range={range}", UriKind.Relative)));

        var root = doc.RootElement;
        Assert.Equal(range, root.GetProperty("range").GetString());
        int count = root.GetProperty("labels").GetArrayLength();
        Assert.InRange(count, buckets, buckets + 1);
        foreach (var name in new[] { "users", "bytesIn", "bytesOut", "cpu", "memoryUsedPercent", "timeline" })
        {
            Assert.Equal(count, root.GetProperty(name).GetArrayLength());
        }

        Assert.Contains(root.GetProperty("cpu").EnumerateArray(), v => v.ValueKind == JsonValueKind.Number && v.GetDouble() == 35);
        Assert.Contains(root.GetProperty("memoryUsedPercent").EnumerateArray(), v => v.ValueKind == JsonValueKind.Number && v.GetDouble() == 75);
        Assert.True(root.GetProperty("totalBytes").GetInt64() >= DashboardSeed.BusyBytesToday);
    }

    [Fact]
    public async Task SiteJson_BusySite_HasLiveAndPipelineFigures()
    {
        await using var app = CentralApp.Create();
        await DashboardSeed.SeedAsync(app.Services);
        using var client = await OperatorKit.SignedInClientAsync(app);

        using var doc = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/dashboard/sites/" + DashboardSeed.Busy, UriKind.Relative)));

        var root = doc.RootElement;
        Assert.Equal("online", root.GetProperty("status").GetString());
        Assert.Equal(17, root.GetProperty("users").GetInt32());
        Assert.Equal(4, root.GetProperty("outboxDepth").GetInt32());
        Assert.Equal(850, root.GetProperty("clockOffsetMs").GetInt64());
        Assert.Equal("2 menit", root.GetProperty("oldestUnsentText").GetString());
    }
}
