using System.Text.Json;
using KimHotspot.Portal.Features.Login;
using KimHotspot.Portal.Tests.Login;
using KimHotspot.Portal.Tests.PortalFixture;

namespace KimHotspot.Portal.Tests.CaptivePortal;

public class CaptiveApiTests
{
    [Fact]
    public async Task Captive_AttemptCookieBeforeAndAfterLogin_CaptiveThenRemaining()
    {
        await using var app = await PortalApp.StartAsync();
        app.Router.SyntheticTraffic = false;
        app.Router.JoinDevice(EntryHelpers.Mac, EntryHelpers.Ip);
        using var client = app.Client();
        string id = await EntryHelpers.CaptureAsync(client);

        var before = await GetAsync(client, id);
        await EntryHelpers.CompleteAsync(app, id, t => new RouterAccount("v-3", "x", t, LimitBytesTotal: 10_000_000));
        var after = await GetAsync(client, id);

        Assert.True(before.GetProperty("captive").GetBoolean());
        Assert.Equal("http://localhost/?a=" + Uri.EscapeDataString(id), before.GetProperty("user-portal-url").GetString());
        Assert.Equal("http://localhost/pengumuman", before.GetProperty("venue-info-url").GetString());
        Assert.False(before.TryGetProperty("seconds-remaining", out _));
        Assert.False(after.GetProperty("captive").GetBoolean());
        Assert.InRange(after.GetProperty("seconds-remaining").GetInt64(), 4 * 3600 - 60, 4 * 3600);
        Assert.Equal(10_000_000, after.GetProperty("bytes-remaining").GetInt64());
        Assert.True(after.GetProperty("can-extend-session").GetBoolean());
    }

    [Fact]
    public async Task Captive_SourceIpWhenSeenDirectly_ContentTypeAndCaching()
    {
        await using var portal = await PortalApp.StartAsync(settings: new Dictionary<string, string?> { ["Portal:SeesResidentsDirectly"] = "true" });
        await using var app = portal.WithClientIps();
        portal.Router.JoinDevice(EntryHelpers.Mac, EntryHelpers.Ip);
        using var client = app.NoRedirectClient();
        client.DefaultRequestHeaders.Add("X-Test-Client-Ip", EntryHelpers.Ip);
        string id = await EntryHelpers.CaptureAsync(client);
        await EntryHelpers.CompleteAsync(app, id);

        using var response = await client.GetAsync("/api/captive");
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        using var stranger = app.NoRedirectClient();
        stranger.DefaultRequestHeaders.Add("X-Test-Client-Ip", "10.5.50.200");
        var strangerJson = JsonDocument.Parse(await stranger.GetStringAsync("/api/captive")).RootElement;

        Assert.Equal("application/captive+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("private", response.Headers.CacheControl!.ToString());
        Assert.False(json.GetProperty("captive").GetBoolean());
        Assert.True(strangerJson.GetProperty("captive").GetBoolean());
    }

    private static async Task<JsonElement> GetAsync(HttpClient client, string id)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/captive");
        request.Headers.Add("Cookie", $"{LoginAttempts.CookieName}={id}");
        request.Headers.Add("Accept", "application/captive+json");
        using var response = await client.SendAsync(request);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }
}
