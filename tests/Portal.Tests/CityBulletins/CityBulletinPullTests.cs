using KimHotspot.Portal.Data;
using KimHotspot.Portal.Features.Bulletins;
using KimHotspot.Portal.Features.CityBulletins;
using KimHotspot.Portal.Tests.Login;
using KimHotspot.Portal.Tests.PortalFixture;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KimHotspot.Portal.Tests.CityBulletins;

public class CityBulletinPullTests
{
    private const string SiteId = "71.74.01.2001";

    [Fact]
    public async Task Puller_RealCentral_BulletinAppearsOnSplashThenGoesWhenWithdrawn()
    {
        await using var central = new CentralHost();
        var key = await central.AddSiteAsync(SiteId);
        var written = await central.SaveBulletinAsync(null, b => (b.Title, b.Body) = ("Vaksinasi gratis", "Sabtu di **puskesmas**."));
        await using var portal = await PortalApp.StartAsync(settings: Settings(key));
        var app = portal.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddHttpClient(CityBulletinPuller.HttpClientName)
            .ConfigurePrimaryHttpMessageHandler(() => central.Server.CreateHandler())));
        var puller = app.Services.GetRequiredService<CityBulletinPuller>();

        var first = await puller.PullNowAsync(CancellationToken.None); // the start-up pull may have won the race: then 304
        var splash = await SplashAsync(app);
        await central.SaveBulletinAsync(written.Id, b => b.WithdrawnAt = DateTimeOffset.UtcNow);
        var second = await puller.PullNowAsync(CancellationToken.None);
        var after = await SplashAsync(app);

        Assert.Contains(first, new[] { PullOutcome.Applied, PullOutcome.NotModified });
        Assert.Contains("Vaksinasi gratis", splash, StringComparison.Ordinal);
        Assert.Contains("<strong>puskesmas</strong>", splash, StringComparison.Ordinal);
        Assert.Contains("Dari Diskominfo", splash, StringComparison.Ordinal);
        Assert.Equal(PullOutcome.Applied, second);
        Assert.Equal(2, puller.Cursor);
        Assert.DoesNotContain("Vaksinasi gratis", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Puller_CentralUnreachable_HeldBulletinsKeepShowing()
    {
        await using var portal = await PortalApp.StartAsync(settings: Settings("kunci-situs-uji-0123456789", url: "http://127.0.0.1:1/"));
        await using (var scope = portal.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PortalDb>();
            db.Bulletins.Add(new Bulletin { Title = "Tetap tampil", Body = "x", CityWide = true, CentralId = 7, CreatedAt = DateTimeOffset.UtcNow });
            await db.SaveChangesAsync();
        }

        var outcome = await portal.Services.GetRequiredService<CityBulletinPuller>().PullNowAsync(CancellationToken.None);
        var splash = await SplashAsync(portal);

        Assert.Equal(PullOutcome.Failed, outcome);
        Assert.Contains("Tetap tampil", splash, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Puller_NoCentralConfigured_DoesNothing()
    {
        await using var portal = await PortalApp.StartAsync();

        var outcome = await portal.Services.GetRequiredService<CityBulletinPuller>().PullNowAsync(CancellationToken.None);

        Assert.Equal(PullOutcome.Off, outcome);
        await using var scope = portal.Services.CreateAsyncScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<PortalDb>().Bulletins.AnyAsync(b => b.CityWide));
    }

    private static Dictionary<string, string?> Settings(string key, string url = "http://central.test/") => new()
    {
        ["Central:Url"] = url,
        ["Central:SiteId"] = SiteId,
        ["Central:SiteKey"] = key,
        ["Central:Interval"] = "01:00:00",
        ["Central:RequestTimeout"] = "00:00:30",
    };

    private static async Task<string> SplashAsync(WebApplicationFactory<PortalDb> app)
    {
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var id = await EntryHelpers.CaptureAsync(client);
        return await client.GetStringAsync(new Uri("/?a=" + Uri.EscapeDataString(id), UriKind.Relative));
    }
}
