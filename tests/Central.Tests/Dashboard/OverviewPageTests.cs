using System.Net;
using System.Text.Json;
using KimHotspot.Central.Tests.CentralFixture;

namespace KimHotspot.Central.Tests.Dashboard;

/// <summary>The overview at "/" and its JSON, through the whole app with a seeded fleet and one real sweep.</summary>
public sealed class OverviewPageTests
{
    [Fact]
    public async Task Overview_SeededFleet_ShowsEverySiteWithStatusFiguresAndFlags()
    {
        await using var app = CentralApp.Create();
        await DashboardSeed.SeedAsync(app.Services);
        using var client = await OperatorKit.SignedInClientAsync(app);

        var html = await client.GetStringAsync(new Uri("/", UriKind.Relative));

        Assert.Contains($"data-site=\"{DashboardSeed.Busy}\" data-name=\"Motoboi Kecil\" data-kecamatan=\"Kotamobagu Timur\" data-status=\"online\"", html, StringComparison.Ordinal);
        Assert.Contains($"data-site=\"{DashboardSeed.Silent}\" data-name=\"Kobo Kecil\" data-kecamatan=\"Kotamobagu Selatan\" data-status=\"offline\"", html, StringComparison.Ordinal);
        Assert.Contains($"data-site=\"{DashboardSeed.Never}\" data-name=\"Kobo Besar\" data-kecamatan=\"Kotamobagu Selatan\" data-status=\"unknown\"", html, StringComparison.Ordinal);
        Assert.Contains("1,2 GB", html, StringComparison.Ordinal); // bytes today of the busy site, id-ID
        Assert.Contains("3 hari 4 jam", html, StringComparison.Ordinal); // router uptime
        Assert.Contains("20 menit lalu", html, StringComparison.Ordinal); // last seen of the silent site
        Assert.Equal(1, Count(html, "class=\"badge warn low-usage\"")); // only the quiet site
        Assert.Contains("id=\"site-map\"", html, StringComparison.Ordinal);
        Assert.Contains("/lib/chart.js/chart.umd.min.js", html, StringComparison.Ordinal);
        Assert.True(html.IndexOf(DashboardSeed.Silent, StringComparison.Ordinal) < html.IndexOf(DashboardSeed.Busy, StringComparison.Ordinal),
            "problems first: the offline site is listed before the online one");
    }

    [Fact]
    public async Task Overview_FilterByKecamatanAndStatus_ListsOnlyMatchingSitesWithoutScript()
    {
        await using var app = CentralApp.Create();
        await DashboardSeed.SeedAsync(app.Services);
        using var client = await OperatorKit.SignedInClientAsync(app);

        var selatan = await client.GetStringAsync(new Uri("/?kecamatan=Kotamobagu%20Selatan", UriKind.Relative));
        var offline = await client.GetStringAsync(new Uri("/?status=offline", UriKind.Relative));
        var low = await client.GetStringAsync(new Uri("/?rendah=1&sort=name", UriKind.Relative));

        Assert.Equal([DashboardSeed.Silent, DashboardSeed.Never], Sites(selatan).Order(StringComparer.Ordinal));
        Assert.Equal([DashboardSeed.Silent], Sites(offline));
        Assert.Equal([DashboardSeed.Quiet], Sites(low));
    }

    [Fact]
    public async Task Overview_English_SaysStatusInEnglish()
    {
        await using var app = CentralApp.Create();
        await DashboardSeed.SeedAsync(app.Services);
        using var client = await OperatorKit.SignedInClientAsync(app);

        var html = await client.GetStringAsync(new Uri("/?lang=en", UriKind.Relative));

        Assert.Contains(">Offline</span>", html, StringComparison.Ordinal);
        Assert.Contains("Low usage", html, StringComparison.Ordinal);
        Assert.Contains("20 minutes ago", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/sites/71.74.01.2001")]
    [InlineData("/api/dashboard/overview")]
    [InlineData("/api/dashboard/fleet/series?range=24h")]
    [InlineData("/api/dashboard/sites/71.74.01.2001/series?range=7d")]
    public async Task Dashboard_Anonymous_LoginRequired(string path)
    {
        await using var app = CentralApp.Create();
        using var client = app.Client();

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        if (path.StartsWith("/api/", StringComparison.Ordinal))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode); // machines get 401, not a login page
        }
        else
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/masuk", response.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task OverviewJson_SeededFleet_HasTilesAndSitesWithTexts()
    {
        await using var app = CentralApp.Create();
        await DashboardSeed.SeedAsync(app.Services);
        using var client = await OperatorKit.SignedInClientAsync(app);

        using var doc = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/dashboard/overview", UriKind.Relative)));

        var root = doc.RootElement;
        var tiles = root.GetProperty("tiles");
        Assert.Equal(2, tiles.GetProperty("online").GetInt32());
        Assert.Equal(1, tiles.GetProperty("offline").GetInt32());
        Assert.Equal(1, tiles.GetProperty("unknown").GetInt32());
        Assert.Equal(18, tiles.GetProperty("usersNow").GetInt32()); // the offline site's users do not count
        Assert.Equal(1, tiles.GetProperty("lowUsage").GetInt32());
        var busy = root.GetProperty("sites").EnumerateArray().Single(s => s.GetProperty("id").GetString() == DashboardSeed.Busy);
        Assert.Equal("online", busy.GetProperty("status").GetString());
        Assert.Equal("Daring", busy.GetProperty("statusText").GetString());
        Assert.Equal(DashboardSeed.BusyBytesToday, busy.GetProperty("bytesToday").GetInt64());
        Assert.Equal("1,2 GB", busy.GetProperty("bytesTodayText").GetString());
        Assert.Equal(17, busy.GetProperty("users").GetInt32());
        Assert.Equal(0.72, busy.GetProperty("lat").GetDouble());
        var silent = root.GetProperty("sites").EnumerateArray().Single(s => s.GetProperty("id").GetString() == DashboardSeed.Silent);
        Assert.True(silent.GetProperty("openAlerts").GetInt32() >= 1, "the seeded alert (and the engine's own offline alert) are open");
    }

    [Fact]
    public async Task FleetSeries_Day_Has288BucketsWithTodaysTraffic()
    {
        await using var app = CentralApp.Create();
        await DashboardSeed.SeedAsync(app.Services);
        using var client = await OperatorKit.SignedInClientAsync(app);

        using var doc = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/dashboard/fleet/series?range=24h", UriKind.Relative)));
        using var bad = await client.GetAsync(new Uri("/api/dashboard/fleet/series?range=1y", UriKind.Relative));

        var root = doc.RootElement;
        int labels = root.GetProperty("labels").GetArrayLength();
        Assert.InRange(labels, 288, 289);
        Assert.Equal(labels, root.GetProperty("users").GetArrayLength());
        Assert.Equal(1_000_000_000, root.GetProperty("bytesIn").EnumerateArray().Where(v => v.ValueKind == JsonValueKind.Number).Sum(v => v.GetInt64()));
        Assert.Equal(17, root.GetProperty("peakUsers").GetInt32());
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }

    private static int Count(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;

    private static List<string> Sites(string html) =>
        [.. System.Text.RegularExpressions.Regex.Matches(html, "<tr data-site=\"([^\"]+)\"").Select(m => m.Groups[1].Value)];
}
