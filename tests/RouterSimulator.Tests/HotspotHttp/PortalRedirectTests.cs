using System.Net;
using KimHotspot.RouterSimulator.HotspotHttp;
using KimHotspot.RouterSimulator.Tests.Control;
using Microsoft.AspNetCore.WebUtilities;

namespace KimHotspot.RouterSimulator.Tests.HotspotHttp;

public class PortalRedirectTests
{
    private const string Portal = "https://portal.example.com/hs/start?site=desa-1";
    private const string Mac = "AA:BB:CC:DD:EE:02";
    private const string Ip = "10.5.50.24";

    [Fact]
    public async Task AnyPath_UnknownDevice_403NotAHotspotClient()
    {
        await using var sim = await TestSimulator.StartAsync();

        using var response = await sim.GetAsync("10.5.50.99", "/");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("not a hotspot client", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/generate_204")]
    [InlineData("/hotspot-detect.html")]
    [InlineData("/connecttest.txt")]
    [InlineData("/news/today?page=2")]
    public async Task AnyPath_Unauthenticated_302ToLoginWithOriginalAsDst(string path)
    {
        await using var sim = await TestSimulator.StartAsync();
        await sim.JoinAsync(Mac, Ip);

        using var response = await sim.GetAsync(Ip, path);

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        var location = response.Headers.Location!;
        Assert.Equal(new Uri(sim.Host.HotspotUrl!, "/login").GetLeftPart(UriPartial.Path), location.GetLeftPart(UriPartial.Path));
        var dst = QueryHelpers.ParseQuery(location.Query)["dst"].ToString();
        Assert.Equal(new Uri(sim.Host.HotspotUrl!, path).ToString(), dst);
    }

    [Fact]
    public async Task Login_PortalConfigured_302ToPortalWithEveryRouterVariable()
    {
        await using var sim = await TestSimulator.StartAsync(o => { o.PortalUrl = Portal; o.Identity = "KIM Desa & Co"; });
        await sim.JoinAsync(Mac, Ip);

        using var response = await sim.GetAsync(Ip, "/login?dst=" + Uri.EscapeDataString("http://example.org/a?b=1&c=2"));

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        var location = response.Headers.Location!;
        Assert.StartsWith("https://portal.example.com/hs/start?site=desa-1&", location.AbsoluteUri, StringComparison.Ordinal);
        var q = QueryHelpers.ParseQuery(location.Query);
        string front = sim.Host.HotspotUrl!.GetLeftPart(UriPartial.Authority);
        Assert.Equal(Mac, q["mac"]);
        Assert.Equal(Ip, q["ip"]);
        Assert.Equal(string.Empty, q["username"]);
        Assert.Equal(front + "/login?dst=http%3A%2F%2Fexample.org%2Fa%3Fb%3D1%26c%3D2", q["link-login"]);
        Assert.Equal(front + "/login", q["link-login-only"]);
        Assert.Equal("http://example.org/a?b=1&c=2", q["link-orig"]);
        Assert.Equal(string.Empty, q["error"]);
        Assert.Single(ChapText.Unescape(q["chap-id"]!));
        Assert.Equal(16, ChapText.Unescape(q["chap-challenge"]!).Length);
        Assert.Matches(@"^(\\[0-3][0-7]{2}){16}$", q["chap-challenge"].ToString());
        Assert.False(string.IsNullOrEmpty(q["server-name"]));
        Assert.Equal("KIM Desa & Co", q["identity"]);
        Assert.Equal("yes", q["trial"]);
        Assert.Equal(13, q.Count);
    }

    [Fact]
    public async Task Login_FormVariant_AutoSubmittingPostFormWithVariables()
    {
        await using var sim = await TestSimulator.StartAsync(o => o.PortalUrl = Portal);
        await sim.JoinAsync(Mac, Ip);

        using var response = await sim.GetAsync(Ip, "/login?form=1&dst=http%3A%2F%2Fexample.org%2F");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        string html = await response.Content.ReadAsStringAsync();
        Assert.Contains("method=\"post\" action=\"https://portal.example.com/hs/start?site=desa-1\"", html, StringComparison.Ordinal);
        Assert.Contains("document.redirect.submit()", html, StringComparison.Ordinal);
        foreach (var name in new[] { "mac", "ip", "username", "link-login", "link-login-only", "link-orig", "error",
                     "chap-id", "chap-challenge", "server-name", "identity", "trial" })
        {
            Assert.Contains($"name=\"{name}\"", html, StringComparison.Ordinal);
        }

        Assert.Contains($"name=\"mac\" value=\"{Mac}\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Login_NoPortal_StockLoginPageWithFormAndTrialLink()
    {
        await using var sim = await TestSimulator.StartAsync();
        await sim.JoinAsync(Mac, Ip);

        using var response = await sim.GetAsync(Ip, "/login");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        string html = await response.Content.ReadAsStringAsync();
        Assert.Contains("name=\"username\"", html, StringComparison.Ordinal);
        Assert.Contains("name=\"password\"", html, StringComparison.Ordinal);
        Assert.Contains("username=T-AA%3ABB%3ACC%3ADD%3AEE%3A02", html, StringComparison.Ordinal);
    }
}
