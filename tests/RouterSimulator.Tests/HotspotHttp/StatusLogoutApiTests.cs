using System.Net;
using System.Text.Json;
using KimHotspot.RouterSimulator.Tests.Control;

namespace KimHotspot.RouterSimulator.Tests.HotspotHttp;

public class StatusLogoutApiTests
{
    private const string Ip = BrowserLoginTests.ClientIp;

    [Fact]
    public async Task Status_LoggedIn_ShowsUserBytesAndLogoutLink()
    {
        await using var sim = await BrowserLoginTests.StartWithUserAsync();
        await BrowserLoginTests.LoginAsync(sim);
        sim.Router.AddTraffic(BrowserLoginTests.ClientMac, 1234, 56789);

        using var response = await sim.GetAsync(Ip, "/status");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        string html = await response.Content.ReadAsStringAsync();
        Assert.Contains(BrowserLoginTests.UserName, html, StringComparison.Ordinal);
        Assert.Contains("1234 / 56789", html, StringComparison.Ordinal);
        Assert.Contains(new Uri(sim.Host.HotspotUrl!, "/logout").ToString(), html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Status_NotLoggedIn_302ToLogin()
    {
        await using var sim = await BrowserLoginTests.StartWithUserAsync();

        using var response = await sim.GetAsync(Ip, "/status");

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal(new Uri(sim.Host.HotspotUrl!, "/login"), response.Headers.Location);
    }

    [Fact]
    public async Task Logout_LoggedIn_LoggedOutPageAndSessionGone()
    {
        await using var sim = await BrowserLoginTests.StartWithUserAsync();
        await BrowserLoginTests.LoginAsync(sim);

        using var response = await sim.GetAsync(Ip, "/logout");
        using var status = await sim.GetAsync(Ip, "/status");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("You have just logged off", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(sim.Router.ActiveSessions());
        Assert.Equal(HttpStatusCode.Found, status.StatusCode);
    }

    [Fact]
    public async Task Logout_NotLoggedIn_NotLoggedInPage()
    {
        await using var sim = await BrowserLoginTests.StartWithUserAsync();

        using var response = await sim.GetAsync(Ip, "/logout");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"You are not logged in (ip {Ip})", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Api_BeforeAndAfterLogin_Rfc8908CaptiveTrueThenFalse()
    {
        await using var sim = await BrowserLoginTests.StartWithUserAsync(o => o.PortalUrl = "https://portal.example.com/");

        using var before = await sim.GetAsync(Ip, "/api");
        await BrowserLoginTests.LoginAsync(sim);
        using var after = await sim.GetAsync(Ip, "/api");

        foreach (var response in new[] { before, after })
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("application/captive+json", response.Content.Headers.ContentType?.MediaType);
            Assert.Contains("private", response.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
        }

        using var b = JsonDocument.Parse(await before.Content.ReadAsStringAsync());
        using var a = JsonDocument.Parse(await after.Content.ReadAsStringAsync());
        Assert.True(b.RootElement.GetProperty("captive").GetBoolean());
        Assert.Equal("https://portal.example.com/", b.RootElement.GetProperty("user-portal-url").GetString());
        Assert.False(b.RootElement.TryGetProperty("seconds-remaining", out _));
        Assert.False(a.RootElement.GetProperty("captive").GetBoolean());
        Assert.Equal("https://portal.example.com/", a.RootElement.GetProperty("user-portal-url").GetString());
    }

    [Fact]
    public void CaptiveJson_SessionWithLimits_SecondsAndBytesRemainingAsNumbers()
    {
        var active = new ActiveInfo("*1", "v-1", Ip, "AA:BB:CC:DD:EE:03", "http-pap", TimeSpan.FromMinutes(6),
            BytesIn: 100, BytesOut: 400, SessionTimeLeft: TimeSpan.FromSeconds(3240), LimitBytesTotal: 1500);

        using var doc = JsonDocument.Parse(KimHotspot.RouterSimulator.HotspotHttp.CaptiveApi.Json(active, "https://p/"));

        Assert.Equal(3240, doc.RootElement.GetProperty("seconds-remaining").GetInt64());
        Assert.Equal(1000, doc.RootElement.GetProperty("bytes-remaining").GetInt64());
        Assert.Equal(JsonValueKind.False, doc.RootElement.GetProperty("captive").ValueKind);
    }

    [Fact]
    public async Task Probes_AfterLogin_AnswerLikeTheInternet()
    {
        await using var sim = await BrowserLoginTests.StartWithUserAsync();
        await BrowserLoginTests.LoginAsync(sim);

        using var android = await sim.GetAsync(Ip, "/generate_204");
        using var apple = await sim.GetAsync(Ip, "/hotspot-detect.html");
        using var windows = await sim.GetAsync(Ip, "/connecttest.txt");
        using var other = await sim.GetAsync(Ip, "/some/page");

        Assert.Equal(HttpStatusCode.NoContent, android.StatusCode);
        Assert.Equal(HttpStatusCode.OK, apple.StatusCode);
        Assert.Equal("<HTML><HEAD><TITLE>Success</TITLE></HEAD><BODY>Success</BODY></HTML>", await apple.Content.ReadAsStringAsync());
        Assert.Equal("Microsoft Connect Test", await windows.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    [Fact]
    public async Task Probes_AfterLogout_CaptiveAgain()
    {
        await using var sim = await BrowserLoginTests.StartWithUserAsync();
        await BrowserLoginTests.LoginAsync(sim);
        using var logout = await sim.GetAsync(Ip, "/logout");

        using var android = await sim.GetAsync(Ip, "/generate_204");

        Assert.Equal(HttpStatusCode.Found, android.StatusCode);
        Assert.Contains("/login?dst=", android.Headers.Location?.ToString(), StringComparison.Ordinal);
    }
}
