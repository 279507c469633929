using System.Net;
using KimHotspot.Portal.Features.Login;

namespace KimHotspot.Portal.Tests.Login;

public class BrowserPostTests
{
    [Theory]
    [InlineData("secret", "e5627b636f982d6233d0cf5931d404c2")]
    [InlineData("", "83bdb09a281a4025f6262d3ddf4cf8fd")]
    public void Compute_ReferenceVector_MatchesReference(string password, string expected)
    {
        var hex = ChapResponse.Compute(
            "\\371", password, "\\357\\015\\330\\013\\021\\234\\145\\245\\303\\253\\142\\246\\133\\175\\375\\316");

        Assert.Equal(expected, hex);
    }

    [Fact]
    public async Task CompleteAsync_BrowserPostWithChap_SimulatorAcceptsTheFormFromTheDevice()
    {
        await using var app = await FrontedPortalApp.StartAsync(new Dictionary<string, string?> { ["Router:LoginMode"] = "BrowserPost" });
        app.Host.Router.JoinDevice("02:11:22:33:44:66", "10.5.50.78");
        using var front = app.FrontClient("10.5.50.78");
        using var portal = app.NoRedirectClient();
        using var bounce = await front.GetAsync("/login?dst=" + Uri.EscapeDataString("http://example.org/"));
        using var entry = await portal.GetAsync(bounce.Headers.Location!.PathAndQuery);
        var id = Uri.UnescapeDataString(entry.Headers.Location!.OriginalString["/?a=".Length..]);

        var outcome = await EntryHelpers.CompleteAsync(app, id, t => new RouterAccount("m-7", "pw-7", t), remoteIp: "10.5.50.78");
        var post = Assert.IsType<LoginOutcome.RouterPost>(outcome);
        Assert.Equal(new Uri(app.Host.HotspotUrl!, "/login").AbsoluteUri, post.Action);
        Assert.Matches("^[0-9a-f]{32}$", post.Fields["password"]);
        Assert.Null(app.Host.Router.FindActiveByIp("10.5.50.78"));

        using var routerAnswer = await front.PostAsync(post.Action, new FormUrlEncodedContent(post.Fields));
        var session = app.Host.Router.FindActiveByIp("10.5.50.78");

        Assert.Equal(HttpStatusCode.Redirect, routerAnswer.StatusCode);
        Assert.Equal("http://example.org/", routerAnswer.Headers.Location!.AbsoluteUri);
        Assert.NotNull(session);
        Assert.Equal("m-7", session.User);
    }

    [Fact]
    public async Task CompleteAsync_BrowserPostWithoutChap_SendsPapAndStatusDestination()
    {
        await using var app = await PortalFixture.PortalApp.StartAsync(settings: new Dictionary<string, string?> { ["Router:LoginMode"] = "BrowserPost" });
        app.Router.JoinDevice(EntryHelpers.Mac, EntryHelpers.Ip);
        using var client = app.Client();
        var query = EntryHelpers.RouterQuery(linkOrig: "javascript:alert(1)");
        query.Remove("chap-id");
        query.Remove("chap-challenge");
        string id = await EntryHelpers.CaptureAsync(client, query);

        var outcome = await EntryHelpers.CompleteAsync(app, id);

        var post = Assert.IsType<LoginOutcome.RouterPost>(outcome);
        Assert.Equal("http://10.5.50.1/login", post.Action);
        Assert.Equal("router-secret-1", post.Fields["password"]);
        Assert.Equal("http://portal.test/status?a=" + Uri.EscapeDataString(id), post.Fields["dst"]);
        Assert.Equal("false", post.Fields["popup"]);
    }
}
