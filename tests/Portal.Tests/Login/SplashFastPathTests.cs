using System.Net;
using KimHotspot.Portal.Data;
using KimHotspot.Portal.Features.Bulletins;
using KimHotspot.Portal.Features.Login;
using KimHotspot.Portal.Tests.PortalFixture;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KimHotspot.Portal.Tests.Login;

/// <summary>The splash served from its template: right for every device, language and content change.</summary>
public sealed class SplashFastPathTests
{
    [Fact]
    public async Task Splash_TwoDevices_SamePageButEachWithItsOwnAttemptOnly()
    {
        await using var app = await PortalApp.StartAsync();
        await AddBulletinAsync(app, "Posyandu Sabtu");
        using var first = app.Client();
        using var second = app.Client();
        string a = await EntryHelpers.CaptureAsync(first);
        string b = await EntryHelpers.CaptureAsync(second, EntryHelpers.RouterQuery(mac: "aa:bb:cc:00:11:33", ip: "10.5.50.24"));

        var pageA = await first.GetStringAsync(new Uri("/?a=" + a, UriKind.Relative)); // renders and keeps the template
        var pageB = await second.GetStringAsync(new Uri("/?a=" + b, UriKind.Relative)); // joined from the template
        var pageAAgain = await first.GetStringAsync(new Uri("/?a=" + a, UriKind.Relative));

        Assert.Contains("Posyandu Sabtu", pageB, StringComparison.Ordinal);
        Assert.Contains(b, pageB, StringComparison.Ordinal);
        Assert.DoesNotContain(a, pageB, StringComparison.Ordinal);
        Assert.Equal(pageA.Replace(a, b, StringComparison.Ordinal), pageB);
        Assert.Equal(pageA, pageAAgain);
    }

    [Fact]
    public async Task Splash_FromTemplate_NoStoreAndSameHeadersAsRendered()
    {
        await using var app = await PortalApp.StartAsync();
        using var client = app.Client();
        string a = await EntryHelpers.CaptureAsync(client);

        using var rendered = await client.GetAsync(new Uri("/?a=" + a, UriKind.Relative));
        using var joined = await client.GetAsync(new Uri("/?a=" + a, UriKind.Relative));

        foreach (var response in new[] { rendered, joined })
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
            Assert.True(response.Headers.CacheControl!.NoStore);
            Assert.Equal("same-origin", response.Headers.GetValues("Referrer-Policy").Single());
            Assert.Equal("SAMEORIGIN", response.Headers.GetValues("X-Frame-Options").Single());
        }

        Assert.Equal(await rendered.Content.ReadAsStringAsync(), await joined.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Splash_BulletinPublishedAfterTemplate_ShowsAtOnce()
    {
        await using var app = await PortalApp.StartAsync();
        using var client = app.Client();
        string a = await EntryHelpers.CaptureAsync(client);
        var before = await client.GetStringAsync(new Uri("/?a=" + a, UriKind.Relative));

        await AddBulletinAsync(app, "Kerja bakti Minggu");
        var after = await client.GetStringAsync(new Uri("/?a=" + a, UriKind.Relative));

        Assert.DoesNotContain("Kerja bakti Minggu", before, StringComparison.Ordinal);
        Assert.Contains("Kerja bakti Minggu", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Splash_BulletinScheduleStartsLater_ShowsWhenItStartsWithoutAnySave()
    {
        await using var app = await PortalApp.StartAsync();
        var startsAt = DateTimeOffset.UtcNow.AddSeconds(2);
        await AddBulletinAsync(app, "Mulai sebentar lagi", startsAt);
        using var client = app.Client();
        string a = await EntryHelpers.CaptureAsync(client);
        var early = await client.GetStringAsync(new Uri("/?a=" + a, UriKind.Relative));

        string later = early;
        while (DateTimeOffset.UtcNow < startsAt.AddSeconds(30) && !later.Contains("Mulai sebentar lagi", StringComparison.Ordinal))
        {
            await Task.Delay(200);
            later = await client.GetStringAsync(new Uri("/?a=" + a, UriKind.Relative));
        }

        Assert.DoesNotContain("Mulai sebentar lagi", early, StringComparison.Ordinal);
        Assert.Contains("Mulai sebentar lagi", later, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Splash_EnglishAndIndonesian_EachGetTheirOwnPage()
    {
        await using var app = await PortalApp.StartAsync();
        using var indonesian = app.Client();
        using var english = app.Client();
        string a = await EntryHelpers.CaptureAsync(indonesian);
        string b = await EntryHelpers.CaptureAsync(english, EntryHelpers.RouterQuery(mac: "aa:bb:cc:00:11:44", ip: "10.5.50.25"));
        await english.GetAsync(new Uri("/?a=" + b + "&lang=en", UriKind.Relative)); // sets the language cookie

        var id = await indonesian.GetStringAsync(new Uri("/?a=" + a, UriKind.Relative));
        var en = await english.GetStringAsync(new Uri("/?a=" + b, UriKind.Relative));
        var idAgain = await indonesian.GetStringAsync(new Uri("/?a=" + a, UriKind.Relative));

        Assert.Contains("lang=\"id\"", id, StringComparison.Ordinal);
        Assert.Contains("lang=\"en\"", en, StringComparison.Ordinal);
        Assert.Equal(id, idAgain);
    }

    [Fact]
    public async Task Splash_CompletedAttempt_SaysConnectedWhileFreshOneDoesNot()
    {
        await using var app = await PortalApp.StartAsync();
        app.Router.JoinDevice(EntryHelpers.Mac, EntryHelpers.Ip);
        using var done = app.Client();
        using var fresh = app.Client();
        string a = await EntryHelpers.CaptureAsync(done);
        string b = await EntryHelpers.CaptureAsync(fresh, EntryHelpers.RouterQuery(mac: "aa:bb:cc:00:11:55", ip: "10.5.50.26"));
        await fresh.GetStringAsync(new Uri("/?a=" + b, UriKind.Relative)); // the template of a fresh attempt exists first
        Assert.IsType<LoginOutcome.Redirect>(await EntryHelpers.CompleteAsync(app, a));

        var connected = await done.GetStringAsync(new Uri("/?a=" + a, UriKind.Relative));
        var notYet = await fresh.GetStringAsync(new Uri("/?a=" + b, UriKind.Relative));

        Assert.Contains("/status?a=" + a, connected, StringComparison.Ordinal);
        Assert.DoesNotContain("/status?a=", notYet, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Splash_VillageLogoSetAfterTemplate_ShowsAtOnce()
    {
        await using var app = await PortalApp.StartAsync();
        using var client = app.Client();
        string a = await EntryHelpers.CaptureAsync(client);
        var before = await client.GetStringAsync(new Uri("/?a=" + a, UriKind.Relative));

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PortalDb>();
            var village = await db.Village.OrderBy(v => v.Id).FirstAsync();
            village.KimName = "KIM Uji";
            village.LogoFile = "logo-kim.png";
            await db.SaveChangesAsync();
        }

        var after = await client.GetStringAsync(new Uri("/?a=" + a, UriKind.Relative));

        Assert.DoesNotContain("/gambar/logo-kim.png", before, StringComparison.Ordinal);
        Assert.Contains("src=\"/gambar/logo-kim.png\"", after, StringComparison.Ordinal);
        Assert.Contains("KIM Uji", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Splash_UnknownAttempt_GetsTheExplanationNotATemplate()
    {
        await using var app = await PortalApp.StartAsync();
        using var client = app.Client();
        string a = await EntryHelpers.CaptureAsync(client);
        await client.GetStringAsync(new Uri("/?a=" + a, UriKind.Relative));

        var unknown = await client.GetStringAsync(new Uri("/?a=AAAAAAAAAAAAAAAAAAAAAA", UriKind.Relative));

        Assert.DoesNotContain("name=\"password\"", unknown, StringComparison.Ordinal);
        Assert.DoesNotContain(a, unknown.Replace("lang=", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void SplashTemplates_PageWithoutTheId_IsNotKept()
    {
        var templates = new SplashTemplates();
        var page = "<html>no id here</html>"u8;

        bool kept = templates.Store("id-ID", false, 1, [], page, "abcdefghijklmnopqrstuv"u8);

        Assert.False(kept);
        Assert.Null(templates.Find("id-ID", false, 1, []));
    }

    [Fact]
    public void SplashTemplates_OtherVersionOrBulletins_AreMisses()
    {
        var templates = new SplashTemplates();
        var one = new Bulletin { Id = 1 };
        Assert.True(templates.Store("id-ID", false, 7, [one], "<p>ID</p>"u8, "ID"u8));

        Assert.NotNull(templates.Find("id-ID", false, 7, [one]));
        Assert.Null(templates.Find("id-ID", false, 8, [one]));
        Assert.Null(templates.Find("id-ID", false, 7, []));
        Assert.Null(templates.Find("id-ID", true, 7, [one]));
        Assert.Null(templates.Find("en", false, 7, [one]));
    }

    private static async Task AddBulletinAsync(PortalApp app, string title, DateTimeOffset? startsAt = null)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDb>();
        db.Bulletins.Add(new Bulletin { Title = title, Body = "Isi", StartsAt = startsAt, CreatedAt = DateTimeOffset.UtcNow });
        await db.SaveChangesAsync();
    }
}
