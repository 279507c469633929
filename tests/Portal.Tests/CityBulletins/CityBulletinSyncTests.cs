using KimHotspot.Contracts.Messages;
using KimHotspot.Portal.Data;
using KimHotspot.Portal.Features.Bulletins;
using KimHotspot.Portal.Features.CityBulletins;
using KimHotspot.Portal.Tests.PortalFixture;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wire = KimHotspot.Contracts.Messages.CityBulletin;

namespace KimHotspot.Portal.Tests.CityBulletins;

public class CityBulletinSyncTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task ApplyAsync_FullThenDeltaWithTombstone_AddsUpdatesArchives()
    {
        await using var app = await PortalApp.StartAsync();
        var own = await AddOwnAsync(app);

        var first = await ApplyAsync(app, new CityBulletinFeed(2, true, [Item(1, "Satu"), Item(2, "Dua")]));
        var second = await ApplyAsync(app, new CityBulletinFeed(4, false, [Item(1, "Satu (diubah)", revision: 2), Tombstone(2)]));
        var rows = await RowsAsync(app);

        Assert.Equal(new SyncResult(2, 0, 0), first);
        Assert.Equal(new SyncResult(0, 1, 1), second);
        var one = Assert.Single(rows, r => r.CentralId == 1);
        Assert.Equal(("Satu (diubah)", true, BulletinAudience.Everyone, (DateTimeOffset?)null), (one.Title, one.CityWide, one.Audience, one.ArchivedAt));
        Assert.Equal(Now.AddHours(-1), one.StartsAt);
        Assert.Equal(Now.AddDays(3), one.EndsAt);
        Assert.NotNull(Assert.Single(rows, r => r.CentralId == 2).ArchivedAt);
        Assert.Null(Assert.Single(rows, r => r.Id == own).ArchivedAt);
    }

    [Fact]
    public async Task ApplyAsync_FullListWithoutAHeldOne_ArchivesItButNotTheVillagesOwn()
    {
        await using var app = await PortalApp.StartAsync();
        var own = await AddOwnAsync(app);
        await ApplyAsync(app, new CityBulletinFeed(2, true, [Item(1, "Satu"), Item(2, "Dua")]));

        var result = await ApplyAsync(app, new CityBulletinFeed(5, true, [Item(2, "Dua")]));
        var rows = await RowsAsync(app);

        Assert.Equal(new SyncResult(0, 0, 1), result);
        Assert.NotNull(Assert.Single(rows, r => r.CentralId == 1).ArchivedAt);
        Assert.Null(Assert.Single(rows, r => r.CentralId == 2).ArchivedAt);
        Assert.Null(Assert.Single(rows, r => r.Id == own).ArchivedAt);
    }

    [Fact]
    public async Task ApplyAsync_TombstoneForUnknownAndRepublished_IgnoredThenRestored()
    {
        await using var app = await PortalApp.StartAsync();
        await ApplyAsync(app, new CityBulletinFeed(1, true, [Item(1, "Satu")]));

        var unknown = await ApplyAsync(app, new CityBulletinFeed(2, false, [Tombstone(9)]));
        await ApplyAsync(app, new CityBulletinFeed(3, false, [Tombstone(1)]));
        var back = await ApplyAsync(app, new CityBulletinFeed(4, false, [Item(1, "Satu lagi", revision: 3)]));

        Assert.Equal(new SyncResult(0, 0, 0), unknown);
        Assert.Equal(new SyncResult(0, 1, 0), back);
        var row = Assert.Single(await RowsAsync(app), r => r.CityWide);
        Assert.Equal(("Satu lagi", (DateTimeOffset?)null), (row.Title, row.ArchivedAt));
    }

    [Fact]
    public async Task ApplyAsync_NewBulletin_DropsThePublicContentCopy()
    {
        await using var app = await PortalApp.StartAsync();
        var content = app.Services.GetRequiredService<PublicContent>();
        Assert.Empty(await content.BulletinsAsync(false, CancellationToken.None)); // loads and keeps a copy
        var version = content.Version;

        await ApplyAsync(app, new CityBulletinFeed(1, true, [Item(1, "Segera tampil", publishAt: DateTimeOffset.UtcNow.AddMinutes(-5))]));

        Assert.True(content.Version > version);
        Assert.Equal("Segera tampil", Assert.Single(await content.BulletinsAsync(false, CancellationToken.None)).Title);
    }

    private static Wire Item(long id, string title, int revision = 1, DateTimeOffset? publishAt = null) =>
        new(id, revision, false, title, "Isi " + title, publishAt ?? Now.AddHours(-1), Now.AddDays(3), Now.AddMinutes(revision));

    private static Wire Tombstone(long id) => new(id, 9, true, "", "", Now, null, Now.AddMinutes(30));

    private static async Task<SyncResult> ApplyAsync(PortalApp app, CityBulletinFeed feed)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await CityBulletinSync.ApplyAsync(scope.ServiceProvider.GetRequiredService<PortalDb>(), feed, Now, CancellationToken.None);
    }

    private static async Task<List<Bulletin>> RowsAsync(PortalApp app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PortalDb>().Bulletins.AsNoTracking().ToListAsync();
    }

    private static async Task<int> AddOwnAsync(PortalApp app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDb>();
        var own = new Bulletin { Title = "Milik desa", Body = "x", CreatedAt = Now, Author = "admin" };
        db.Bulletins.Add(own);
        await db.SaveChangesAsync();
        return own.Id;
    }
}
