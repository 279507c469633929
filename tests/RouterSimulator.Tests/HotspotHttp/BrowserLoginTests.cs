using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using KimHotspot.RouterSimulator.HotspotHttp;
using KimHotspot.RouterSimulator.Tests.Control;
using KimHotspot.RouterSimulator.Tests.SimulatorFixture;
using Microsoft.AspNetCore.WebUtilities;

namespace KimHotspot.RouterSimulator.Tests.HotspotHttp;

public class BrowserLoginTests
{
    private const string Mac = "AA:BB:CC:DD:EE:03";
    private const string Ip = "10.5.50.25";
    private const string User = "v-1234";
    private const string Password = "x7k2";

    [Fact]
    public async Task PostLogin_PapCorrectPassword_302ToDstAndSessionListed()
    {
        await using var sim = await StartWithUserAsync();

        using var response = await sim.FrontAsync(Ip, HttpMethod.Post, "/login",
            [new("username", User), new("password", Password), new("dst", "http://example.org/news"), new("popup", "false")]);

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal("http://example.org/news", response.Headers.Location?.ToString());
        var session = Assert.Single(sim.Router.ActiveSessions());
        Assert.Equal((User, Ip, Mac), (session.User, session.Address, session.MacAddress));
        Assert.Equal("http-pap", session.LoginBy);
        using var listed = JsonDocument.Parse(await sim.Control.GetStringAsync("/sessions"));
        Assert.Equal(User, Assert.Single(listed.RootElement.EnumerateArray()).GetProperty("user").GetString());
    }

    [Fact]
    public async Task PostLogin_ChapResponseFromPortalVariables_302ToStatusAndSessionListed()
    {
        await using var sim = await StartWithUserAsync(o => o.PortalUrl = "https://portal.example.com/hs");
        using var bounce = await sim.GetAsync(Ip, "/login");
        var q = QueryHelpers.ParseQuery(bounce.Headers.Location!.Query);
        byte[] id = ChapText.Unescape(q["chap-id"]!);
        byte[] challenge = ChapText.Unescape(q["chap-challenge"]!);
        string hash = ChapHash.Compute(id, Password, challenge);

        using var response = await sim.FrontAsync(Ip, HttpMethod.Post, q["link-login-only"]!,
            [new("username", User), new("password", hash)]);

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal(new Uri(sim.Host.HotspotUrl!, "/status"), response.Headers.Location);
        var session = Assert.Single(sim.Router.ActiveSessions());
        Assert.Equal((User, Ip), (session.User, session.Address));
        Assert.Equal("http-chap", session.LoginBy);
    }

    [Fact]
    public async Task PostLogin_WrongPassword_StockPageShowsErrorsTxtText()
    {
        await using var sim = await StartWithUserAsync();

        using var response = await sim.FrontAsync(Ip, HttpMethod.Post, "/login",
            [new("username", User), new("password", "wrong")]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("invalid username or password", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(sim.Router.ActiveSessions());
    }

    [Fact]
    public async Task PostLogin_WrongPasswordWithPortal_302BackToPortalWithErrorAndUsername()
    {
        await using var sim = await StartWithUserAsync(o => o.PortalUrl = "https://portal.example.com/hs");

        using var response = await sim.FrontAsync(Ip, HttpMethod.Post, "/login",
            [new("username", User), new("password", "wrong"), new("dst", "http://example.org/")]);

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        var q = QueryHelpers.ParseQuery(response.Headers.Location!.Query);
        Assert.Equal("invalid username or password", q["error"]);
        Assert.Equal(User, q["username"]);
        Assert.Equal("http://example.org/", q["link-orig"]);
        Assert.Empty(sim.Router.ActiveSessions());
    }

    [Fact]
    public async Task GetLogin_TrialUsername_302ToDstAndTrialSession()
    {
        await using var sim = await TestSimulator.StartAsync();
        await sim.JoinAsync(Mac, Ip);

        using var response = await sim.GetAsync(Ip,
            "/login?dst=http%3A%2F%2Fexample.org%2F&username=" + Uri.EscapeDataString("T-" + Mac));

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal("http://example.org/", response.Headers.Location?.ToString());
        var session = Assert.Single(sim.Router.ActiveSessions());
        Assert.Equal("T-" + Mac, session.User);
        Assert.Equal("trial", session.LoginBy);
    }

    [Fact]
    public async Task GetLogin_AlreadyLoggedIn_302ToStatusNotThePortal()
    {
        await using var sim = await StartWithUserAsync(o => o.PortalUrl = "https://portal.example.com/hs");
        using var login = await sim.FrontAsync(Ip, HttpMethod.Post, "/login", [new("username", User), new("password", Password)]);

        using var again = await sim.GetAsync(Ip, "/login");

        Assert.Equal(HttpStatusCode.Found, again.StatusCode);
        Assert.Equal(new Uri(sim.Host.HotspotUrl!, "/status"), again.Headers.Location);
    }

    internal static async Task<TestSimulator> StartWithUserAsync(Action<SimulatorOptions>? configure = null)
    {
        var sim = await TestSimulator.StartAsync(configure);
        await RawApiClient.AddHotspotUserAsync(sim.Router, User, Password);
        await sim.JoinAsync(Mac, Ip);
        return sim;
    }

    internal static async Task LoginAsync(TestSimulator sim)
    {
        using var response = await sim.FrontAsync(Ip, HttpMethod.Post, "/login",
            [new("username", User), new("password", Password)]);
        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Single(sim.Router.ActiveSessions());
    }

    internal const string ClientIp = Ip;
    internal const string ClientMac = Mac;
    internal const string UserName = User;
}
