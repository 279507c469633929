using KimHotspot.RouterSimulator;
using KimHotspot.TestKit.Browser;
using Microsoft.Playwright;

namespace KimHotspot.Portal.Tests.Browser;

/// <summary>The resident's way in, in a real headless Chromium at 360×640: router redirect, splash, member login.</summary>
public sealed class ResidentBrowserTests(ChromiumFixture chromium) : IClassFixture<ChromiumFixture>
{
    private const string RouterPassword = "browser-router-secret";
    private const string Mac = "02:1A:2B:3C:4D:5E";
    private const string Ip = "10.5.50.77";
    private const string Bulletin = "Kerja bakti hari Minggu";

    [Fact]
    public async Task Splash_PhoneFollowsRouterRedirectAndMemberLogsIn_SimulatorListsDeviceActive()
    {
        await using var village = await BrowserVillage.StartAsync(RouterPassword);
        var (sim, portal, portalUrl) = (village.Sim, village.Portal, village.PortalUrl);
        sim.Router.JoinDevice(Mac, Ip);
        await VillageData.AddBulletinAsync(portal.Services, Bulletin, "Kumpul di balai desa jam 07.00. Bawa cangkul.");
        await VillageData.AddActiveMemberAsync(portal.Services, "Siti Aminah", "6281234567890", "sandi-rahasia-77");
        await using var phone = await chromium.NewPhoneAsync();
        await SimulatedDevice.ActAsAsync(phone, sim.HotspotUrl!, Ip);
        var page = await phone.NewPageAsync();
        var wanted = new Uri(sim.HotspotUrl!, "/berita-desa").ToString();

        await page.GotoAsync(wanted);
        await Screenshots.SaveAsync(page, "splash-360x640.png");
        bool onSplash = page.Url.StartsWith(portalUrl.ToString(), StringComparison.Ordinal) && page.Url.Contains("?a=", StringComparison.Ordinal);
        bool bulletinVisible = await page.GetByText(Bulletin).IsVisibleAsync();
        var layout = await page.EvaluateAsync<int[]>(
            "() => [document.documentElement.scrollWidth, window.innerWidth, Math.round(parseFloat(getComputedStyle(document.body).fontSize))]");
        var loginButton = page.Locator("#anggota form button[type=submit]").Last;
        Assert.True(onSplash, $"the router redirect should land on the Portal splash, not {page.Url}");
        var buttonBox = await loginButton.BoundingBoxAsync();
        await page.Locator("#anggota input[name=login]").FillAsync("081234567890");
        await page.Locator("#anggota input[name=password]").FillAsync("sandi-rahasia-77");
        await loginButton.TapAsync();
        await page.WaitForURLAsync(wanted);

        Assert.True(bulletinVisible, "the bulletin should be visible on the splash");
        Assert.True(layout[0] <= layout[1], $"nothing wider than the screen: scrollWidth {layout[0]} > {layout[1]}");
        Assert.True(layout[2] >= 16, $"body text at least 16px, was {layout[2]}");
        Assert.NotNull(buttonBox);
        Assert.True(buttonBox.Height >= 40, $"login button tall enough to tap, was {buttonBox.Height}px");
        Assert.Equal(wanted, page.Url);
        var session = Assert.Single(sim.Router.ActiveSessions());
        Assert.Equal((Ip, Mac), (session.Address, session.MacAddress));
        Assert.True(portal.Probe.Requests > 0);
        Assert.True(portal.Probe.Seen == 0, "the device header reached the Portal on: " + string.Join(", ", portal.Probe.SeenOn));
    }
}
