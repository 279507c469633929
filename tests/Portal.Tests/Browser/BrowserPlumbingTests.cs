using KimHotspot.RouterSimulator;
using KimHotspot.TestKit.Browser;

namespace KimHotspot.Portal.Tests.Browser;

/// <summary>The browser, its phone settings and the per-origin device header, without the Portal.</summary>
public sealed class BrowserPlumbingTests(ChromiumFixture chromium) : IClassFixture<ChromiumFixture>
{
    [Fact]
    public async Task StockHotspotPage_JoinedPhoneTapsTrial_SimulatorListsDeviceActive()
    {
        await using var sim = await SimulatorHost.StartAsync(new SimulatorOptions
        {
            ApiPort = 0, HttpPort = -1, ControlPort = 0, Password = "browser-test",
        });
        sim.Router.JoinDevice("02:00:00:00:00:31", "10.5.50.31");
        await using var phone = await chromium.NewPhoneAsync();
        await SimulatedDevice.ActAsAsync(phone, sim.HotspotUrl!, "10.5.50.31");
        var page = await phone.NewPageAsync();

        var news = new Uri(sim.HotspotUrl!, "/news").ToString();
        await page.GotoAsync(news);
        string heading = await page.InnerTextAsync("h1");
        int width = await page.EvaluateAsync<int>("() => window.innerWidth"); // before the tap navigates away
        var answer = await page.RunAndWaitForResponseAsync(
            () => page.TapAsync("a[href*='T-']"), r => r.Url.Contains("username=T-", StringComparison.Ordinal));

        Assert.Equal(sim.Router.Identity, heading.Trim());
        Assert.Equal(200, answer.Status);
        Assert.Equal(Phone.Width, width);
        var session = Assert.Single(sim.Router.ActiveSessions());
        Assert.Equal("10.5.50.31", session.Address);
        Assert.Equal("02:00:00:00:00:31", session.MacAddress);
    }
}
