using KimHotspot.Central.Live;
using KimHotspot.Central.Tests.Dashboard;
using KimHotspot.TestKit.Browser;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace KimHotspot.Central.Tests.Browser;

/// <summary>
/// A Diskominfo operator in a real headless Chromium: signs in, sees the overview with the map and the fleet charts
/// drawn, watches a site turn from red to green as its reports come back (no reload), and opens a site's charts.
/// </summary>
public sealed class DashboardBrowserTests(ChromiumFixture chromium) : IClassFixture<ChromiumFixture>
{
    private static readonly PageWaitForFunctionOptions Patient = new() { Timeout = 30_000 };

    [Fact]
    public async Task Overview_SignedIn_MapChartsAndLiveStatusChangeWithoutReload()
    {
        await using var central = new KestrelCentral();
        var baseUrl = central.Start();
        await DashboardSeed.SeedAsync(central.Services);
        var (user, password) = await central.ViewerAsync();
        await using var laptop = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 }, Locale = "id-ID",
        });
        var page = await laptop.NewPageAsync();

        await SignInAsync(page, baseUrl, user, password);
        await page.WaitForFunctionAsync("() => document.body.dataset.fleetDrawn === '1' && window.KimDash && window.KimDash.map", null, Patient);
        int markers = await page.EvaluateAsync<int>("() => Object.keys(KimDash.markers).length");
        string silentColour = await page.EvaluateAsync<string>($"() => KimDash.markers['{DashboardSeed.Silent}'].options.fillColor");
        bool chartThere = await page.EvaluateAsync<bool>("() => !!Chart.getChart(document.getElementById('fleet-users'))");
        int inkedPixels = await page.EvaluateAsync<int>(InkedPixels("fleet-traffic"));
        string rowBefore = await StatusOfAsync(page, DashboardSeed.Silent);
        await page.EvaluateAsync("() => { window.__sameDocument = true; }");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Shot("overview-before.png"), FullPage = true });

        // The silent village reports again: live state moves, the sweeper sees it, the open page follows.
        var now = central.Services.GetRequiredService<TimeProvider>().GetUtcNow();
        await central.Services.GetRequiredService<ILiveState>().UpdateAsync(new SiteLive
        {
            SiteId = DashboardSeed.Silent, LastSeen = now, LastSampleAt = now, ActiveUsers = 9, RouterReachable = true,
        });
        await DashboardSeed.SweepAsync(central.Services);
        await page.WaitForFunctionAsync(
            $"() => document.querySelector('tr[data-site=\"{DashboardSeed.Silent}\"]').dataset.status === 'online'", null, Patient);
        string colourAfter = await page.EvaluateAsync<string>($"() => KimDash.markers['{DashboardSeed.Silent}'].options.fillColor");
        string cellColour = await page.EvaluateAsync<string>(
            $"() => getComputedStyle(document.querySelector('tr[data-site=\"{DashboardSeed.Silent}\"] .dot')).backgroundColor");
        bool sameDocument = await page.EvaluateAsync<bool>("() => window.__sameDocument === true");
        string onlineTile = await page.InnerTextAsync("[data-tile=online]");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Shot("overview-after.png"), FullPage = true });

        Assert.Equal(4, markers);
        Assert.Equal("#b42318", silentColour); // red: offline
        Assert.True(chartThere, "the fleet users chart is a Chart.js chart");
        Assert.True(inkedPixels > 100, $"the fleet traffic chart drew something ({inkedPixels} pixels)");
        Assert.Equal("offline", rowBefore);
        Assert.Equal("#1e7b4f", colourAfter); // green: online
        Assert.Equal("rgb(30, 123, 79)", cellColour);
        Assert.True(sameDocument, "the page was updated in place, not reloaded");
        Assert.Equal("3", onlineTile.Trim());
    }

    [Fact]
    public async Task SitePage_FromOverview_DrawsChartsAndSwitchesRange()
    {
        await using var central = new KestrelCentral();
        var baseUrl = central.Start();
        await DashboardSeed.SeedAsync(central.Services);
        var (user, password) = await central.ViewerAsync();
        await using var laptop = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 }, Locale = "id-ID",
        });
        var page = await laptop.NewPageAsync();
        await SignInAsync(page, baseUrl, user, password);

        await page.ClickAsync($"tr[data-site=\"{DashboardSeed.Busy}\"] a[href^='/sites/']");
        await page.WaitForFunctionAsync("() => document.body.dataset.chartsDrawn === '24h'", null, Patient);
        bool allCharts = await page.EvaluateAsync<bool>(
            "() => ['chart-users','chart-traffic','chart-cpu','chart-memory'].every(id => !!Chart.getChart(document.getElementById(id)))");
        int inked = await page.EvaluateAsync<int>(InkedPixels("chart-users"));
        string heading = await page.InnerTextAsync("h1");
        await page.ClickAsync(".ranges a[data-range='7d']");
        await page.WaitForFunctionAsync("() => document.body.dataset.chartsDrawn === '7d'", null, Patient);
        int weekLabels = await page.EvaluateAsync<int>("() => Chart.getChart(document.getElementById('chart-traffic')).data.labels.length");
        int timelineBars = await page.Locator("#timeline span").CountAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Shot("site-7d.png"), FullPage = true });

        Assert.StartsWith("Motoboi Kecil", heading, StringComparison.Ordinal);
        Assert.True(allCharts, "users, traffic, CPU and memory charts are Chart.js charts");
        Assert.True(inked > 100, $"the users chart drew something ({inked} pixels)");
        Assert.InRange(weekLabels, 168, 169);
        Assert.Equal(weekLabels, timelineBars);
        Assert.EndsWith("?range=7d", page.Url, StringComparison.Ordinal);
    }

    private static async Task SignInAsync(IPage page, Uri baseUrl, string user, string password)
    {
        await page.GotoAsync(new Uri(baseUrl, "masuk").ToString());
        await page.Locator("input[name=username]").FillAsync(user);
        await page.Locator("input[name=password]").FillAsync(password);
        await page.Locator("form button[type=submit]").First.ClickAsync();
        await page.WaitForURLAsync(baseUrl.ToString());
    }

    private static Task<string> StatusOfAsync(IPage page, string site) =>
        page.EvaluateAsync<string>($"() => document.querySelector('tr[data-site=\"{site}\"]').dataset.status");

    /// <summary>A script counting the canvas's non-transparent pixels.</summary>
    private static string InkedPixels(string canvasId) =>
        $"() => {{ const c = document.getElementById('{canvasId}'); const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data; " +
        "let n = 0; for (let i = 3; i < d.length; i += 4) { if (d[i] > 0) n++; } return n; }";

    private static string Shot(string name)
    {
        var dir = Path.Combine(Path.GetTempPath(), "kimhotspot-central-screens");
        Directory.CreateDirectory(dir);
        return Path.Combine(dir, name);
    }
}
