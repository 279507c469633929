using System.Net;
using KimHotspot.Portal.Features.Login;
using KimHotspot.Portal.Tests.PortalFixture;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KimHotspot.Portal.Tests.Login;

public class EntryTests
{
    [Fact]
    public async Task Hs_SimulatorStyleQuery_StoresAttemptWithCookieAndRedirectsToSplash()
    {
        await using var app = await PortalApp.StartAsync();
        using var client = app.Client();

        using var response = await client.GetAsync("/hs" + EntryHelpers.Query(EntryHelpers.RouterQuery()));
        string id = Uri.UnescapeDataString(response.Headers.Location!.OriginalString["/?a=".Length..]);
        var attempt = await EntryHelpers.AttemptAsync(app, id);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(22, id.Length);
        Assert.Contains(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(LoginAttempts.CookieName + "=" + id, StringComparison.Ordinal));
        Assert.Equal(EntryHelpers.Mac, attempt.MacAddress);
        Assert.Equal(EntryHelpers.Ip, attempt.IpAddress);
        Assert.Equal("\\371", attempt.ChapId);
        Assert.Equal("http://10.5.50.1/login", attempt.LinkLoginOnly);
        Assert.Equal("http://example.org/", attempt.LinkOrig);
        Assert.True(attempt.ExpiresAt > attempt.CreatedAt.AddMinutes(29));
    }

    [Fact]
    public async Task Hs_PostedRouterForm_RedirectsWithSeeOther()
    {
        await using var app = await PortalApp.StartAsync();
        using var client = app.Client();

        using var response = await client.PostAsync("/hs", new FormUrlEncodedContent(EntryHelpers.RouterQuery()));
        var location = response.Headers.Location!.OriginalString;
        var attempt = await EntryHelpers.AttemptAsync(app, Uri.UnescapeDataString(location["/?a=".Length..]));

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal(EntryHelpers.Ip, attempt.IpAddress);
    }

    [Fact]
    public async Task Splash_AfterRedirect_ShowsVillageAndWaysInForTheAttempt()
    {
        await using var app = await PortalApp.StartAsync();
        using var client = app.Client();
        string id = await EntryHelpers.CaptureAsync(client);

        var html = await client.GetStringAsync("/?a=" + Uri.EscapeDataString(id));

        Assert.Contains("KIM Sukamaju", html, StringComparison.Ordinal);
        Assert.Contains($"name=\"a\" value=\"{id}\"", html, StringComparison.Ordinal);
        Assert.Contains($"/daftar?a={id}", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Sambungkan ke Wi-Fi KIM dulu", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Splash_CookieOnly_FindsTheAttempt()
    {
        await using var app = await PortalApp.StartAsync();
        using var client = app.Client();
        string id = await EntryHelpers.CaptureAsync(client);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Add("Cookie", $"{LoginAttempts.CookieName}={id}");

        using var response = await client.SendAsync(request);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Contains($"name=\"a\" value=\"{id}\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/?a=unknown-attempt-id")]
    [InlineData("/hs?mac=not-a-mac&ip=10.5.50.23")]
    [InlineData("/hs?mac=AA:BB:CC:00:11:22&ip=javascript:alert(1)")]
    public async Task Splash_NoOrBadRouterContext_FriendlyExplanation(string url)
    {
        await using var app = await PortalApp.StartAsync();
        using var client = app.Client();

        using var response = await client.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Sambungkan ke Wi-Fi KIM dulu", html, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"a\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Splash_English_TranslatesTheExplanation()
    {
        await using var app = await PortalApp.StartAsync();
        using var client = app.Client();

        var html = await client.GetStringAsync("/?lang=en");

        Assert.Contains("Connect to the KIM Wi-Fi first", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Splash_RealSimulatorRedirect_CapturesTheDevice()
    {
        await using var app = await FrontedPortalApp.StartAsync();
        app.Host.Router.JoinDevice("02:11:22:33:44:55", "10.5.50.77");
        using var front = app.FrontClient("10.5.50.77");
        using var portal = app.NoRedirectClient();

        using var bounce = await front.GetAsync("/login?dst=" + Uri.EscapeDataString("http://example.org/news"));
        var target = bounce.Headers.Location!;
        using var entry = await portal.GetAsync(target.PathAndQuery);
        var id = Uri.UnescapeDataString(entry.Headers.Location!.OriginalString["/?a=".Length..]);
        var attempt = await EntryHelpers.AttemptAsync(app, id);

        Assert.StartsWith(FrontedPortalApp.PortalUrl, target.AbsoluteUri, StringComparison.Ordinal);
        Assert.Equal("02:11:22:33:44:55", attempt.MacAddress);
        Assert.Equal("10.5.50.77", attempt.IpAddress);
        Assert.Equal("http://example.org/news", attempt.LinkOrig);
        Assert.Equal(new Uri(app.Host.HotspotUrl!, "/login").AbsoluteUri, attempt.LinkLoginOnly);
    }

    [Fact]
    public async Task PurgeOnce_ExpiredAttempt_Deleted()
    {
        await using var app = await PortalApp.StartAsync();
        using var client = app.Client();
        string keep = await EntryHelpers.CaptureAsync(client);
        string old = await EntryHelpers.CaptureAsync(client);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<Data.PortalDb>();
            var attempt = await db.LoginAttempts.SingleAsync(a => a.Id == old);
            attempt.ExpiresAt = DateTimeOffset.UtcNow.AddMinutes(-1);
            await db.SaveChangesAsync();
        }

        int deleted = await app.Services.GetRequiredService<AttemptPurge>().PurgeOnceAsync(CancellationToken.None);
        var html = await client.GetStringAsync("/?a=" + Uri.EscapeDataString(old));

        Assert.Equal(1, deleted);
        Assert.Equal(keep, (await EntryHelpers.AttemptAsync(app, keep)).Id);
        Assert.Contains("Sambungkan ke Wi-Fi KIM dulu", html, StringComparison.Ordinal);
    }
}
