using KimHotspot.Portal.Data;
using KimHotspot.Portal.Features.Bulletins;
using KimHotspot.Portal.Tests.Login;
using KimHotspot.Portal.Tests.PortalFixture;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace KimHotspot.Portal.Tests.Bulletins;

/// <summary>The splash reads bulletins and village names from memory; every save must show at once.</summary>
public class PublicContentTests
{
    [Fact]
    public async Task Splash_BulletinPublishedAfterAView_ShowsOnTheNextView()
    {
        await using var app = await PortalApp.StartAsync();
        using var client = app.Client();
        string url = "/?a=" + Uri.EscapeDataString(await EntryHelpers.CaptureAsync(client));
        Assert.DoesNotContain("Posyandu Kamis", await client.GetStringAsync(url), StringComparison.Ordinal);

        await SplashBulletinTests.AddAsync(app, new Bulletin { Title = "Posyandu Kamis", CreatedAt = DateTimeOffset.UtcNow });

        Assert.Contains("Posyandu Kamis", await client.GetStringAsync(url), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PublicContent_ReadBetweenSaveAndCommitOfATransaction_ShowsTheBulletinAfterCommit()
    {
        await using var app = await PortalApp.StartAsync();
        var content = app.Services.GetRequiredService<PublicContent>();
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDb>();
        await using var transaction = await db.Database.BeginTransactionAsync();
        db.Bulletins.Add(new Bulletin { Title = "Rapat RT", CreatedAt = DateTimeOffset.UtcNow });
        await db.SaveChangesAsync();

        // Another request reads now: it sees the committed rows only, and may keep them in memory.
        var during = await content.BulletinsAsync(includeMembers: false, CancellationToken.None);
        await transaction.CommitAsync();
        var after = await content.BulletinsAsync(includeMembers: false, CancellationToken.None);

        Assert.DoesNotContain(during, b => b.Title == "Rapat RT");
        Assert.Contains(after, b => b.Title == "Rapat RT");
    }

    [Fact]
    public async Task Splash_BulletinArchivedAndVillageRenamed_ChangesShowOnTheNextView()
    {
        await using var app = await PortalApp.StartAsync();
        await SplashBulletinTests.AddAsync(app, new Bulletin { Title = "Lomba 17-an", CreatedAt = DateTimeOffset.UtcNow });
        using var client = app.Client();
        string url = "/?a=" + Uri.EscapeDataString(await EntryHelpers.CaptureAsync(client));
        Assert.Contains("Lomba 17-an", await client.GetStringAsync(url), StringComparison.Ordinal);

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PortalDb>();
            var bulletin = await db.Bulletins.SingleAsync(b => b.Title == "Lomba 17-an");
            bulletin.ArchivedAt = DateTimeOffset.UtcNow;
            var village = await db.Village.OrderBy(v => v.Id).FirstAsync();
            village.VillageName = "Desa Mekarjaya";
            await db.SaveChangesAsync();
        }

        var html = await client.GetStringAsync(url);
        Assert.DoesNotContain("Lomba 17-an", html, StringComparison.Ordinal);
        Assert.Contains("Desa Mekarjaya", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BulletinsAsync_ScheduleStartsWhileCached_ShowsWithoutReload()
    {
        await using var app = await PortalApp.StartAsync();
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var content = new PublicContent(app.Services.GetRequiredService<IServiceScopeFactory>(), clock);
        await SplashBulletinTests.AddAsync(app, new Bulletin { Title = "Segera", CreatedAt = clock.GetUtcNow(), StartsAt = clock.GetUtcNow().AddMinutes(10) });
        Assert.Empty(await content.BulletinsAsync(includeMembers: false, CancellationToken.None));

        clock.Advance(TimeSpan.FromMinutes(11));

        Assert.Equal("Segera", Assert.Single(await content.BulletinsAsync(includeMembers: false, CancellationToken.None)).Title);
    }
}
