using System.Net;
using System.Text.RegularExpressions;
using KimHotspot.Portal.Features.Bulletins;
using KimHotspot.Portal.Features.Login;
using KimHotspot.Portal.Tests.Bulletins;
using KimHotspot.Portal.Tests.Login;
using KimHotspot.Portal.Tests.PortalFixture;

namespace KimHotspot.Portal.Tests.Status;

public partial class StatusPageTests
{
    [Fact]
    public async Task Status_LoggedIn_ShowsTimeDataUptimeAndMemberBulletins()
    {
        await using var app = await PortalApp.StartAsync();
        app.Router.SyntheticTraffic = false;
        await SplashBulletinTests.AddAsync(app,
            new Bulletin { Title = "Rapat anggota", Audience = BulletinAudience.Members, CreatedAt = DateTimeOffset.UtcNow });
        app.Router.JoinDevice(EntryHelpers.Mac, EntryHelpers.Ip);
        using var client = app.Client();
        string id = await EntryHelpers.CaptureAsync(client);
        await EntryHelpers.CompleteAsync(app, id, t => new RouterAccount("m-2", "x", t, LimitBytesTotal: 100_000_000));
        app.Router.AddTraffic(EntryHelpers.Mac, 5_000_000, 15_000_000);

        var html = await client.GetStringAsync("/status?a=" + Uri.EscapeDataString(id));

        Assert.Matches("id=\"time-left\">(3 jam 59 menit|4 jam 0 menit)<", html);
        Assert.Contains("id=\"data-left\">80,0 MB<", html, StringComparison.Ordinal);
        Assert.Contains("aria-label=\"80% kuota tersisa\"><span style=\"width:80%\">", html, StringComparison.Ordinal);
        Assert.Matches("aria-label=\"(99|100)% waktu tersisa\"", html);
        Assert.Matches("id=\"uptime\">0 menit<", html);
        Assert.Contains("Rapat anggota", html, StringComparison.Ordinal);
        Assert.Contains("Keluar", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Logout_Post_RemovesTheSessionAndSaysSo()
    {
        await using var app = await PortalApp.StartAsync();
        app.Router.JoinDevice(EntryHelpers.Mac, EntryHelpers.Ip);
        using var client = app.Client();
        string id = await EntryHelpers.CaptureAsync(client);
        await EntryHelpers.CompleteAsync(app, id);
        var page = await client.GetStringAsync("/status?a=" + Uri.EscapeDataString(id));
        string token = Token().Match(page).Groups[1].Value;

        using var response = await client.PostAsync("/status?handler=Logout", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["a"] = id,
            ["__RequestVerificationToken"] = token,
        }));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Anda sudah keluar", html, StringComparison.Ordinal);
        Assert.Null(app.Router.FindActiveByIp(EntryHelpers.Ip));
    }

    [Fact]
    public async Task Status_NotLoggedIn_InEnglish()
    {
        await using var app = await PortalApp.StartAsync();
        app.Router.JoinDevice(EntryHelpers.Mac, EntryHelpers.Ip);
        using var client = app.Client();
        string id = await EntryHelpers.CaptureAsync(client);

        var html = await client.GetStringAsync("/status?lang=en&a=" + Uri.EscapeDataString(id));

        Assert.Contains("This device is not connected to the internet yet.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Status_RouterSilent_FriendlyMessageNot500()
    {
        await using var app = await PortalApp.StartAsync(settings: new Dictionary<string, string?> { ["Router:CommandTimeout"] = "00:00:01" });
        using var client = app.Client();
        string id = await EntryHelpers.CaptureAsync(client);
        app.Router.Faults.Silence = true;

        using var response = await client.GetAsync("/status?a=" + Uri.EscapeDataString(id));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Router Wi-Fi sedang tidak bisa dihubungi", html, StringComparison.Ordinal);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
