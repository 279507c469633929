using System.Net;
using KimHotspot.Portal.Features.Admin.Access;
using KimHotspot.Portal.Features.Bulletins;
using Microsoft.EntityFrameworkCore;

namespace KimHotspot.Portal.Tests.Admin.Bulletins;

public sealed class BulletinListTests
{
    [Fact]
    public async Task Index_Tabs_EachBulletinInItsTabPinnedFirst()
    {
        await using var kit = await AdminKit.StartAsync();
        using var client = await kit.SignedInClientAsync(AdminRole.Editor);
        var now = DateTimeOffset.UtcNow;
        await BulletinKit.AddAsync(kit, new Bulletin { Title = "Tayang biasa", CreatedAt = now });
        await BulletinKit.AddAsync(kit, new Bulletin { Title = "Tayang sematan", Pinned = true, CreatedAt = now.AddDays(-9) });
        await BulletinKit.AddAsync(kit, new Bulletin { Title = "Nanti sore", StartsAt = now.AddHours(5), CreatedAt = now });
        await BulletinKit.AddAsync(kit, new Bulletin { Title = "Kemarin dulu", EndsAt = now.AddHours(-1), CreatedAt = now });
        await BulletinKit.AddAsync(kit, new Bulletin { Title = "Di gudang", ArchivedAt = now, CreatedAt = now });

        var live = await client.GetStringAsync(new Uri("/admin/buletin", UriKind.Relative));
        var scheduled = await client.GetStringAsync(new Uri("/admin/buletin?tab=terjadwal", UriKind.Relative));
        var ended = await client.GetStringAsync(new Uri("/admin/buletin?tab=selesai", UriKind.Relative));
        var archived = await client.GetStringAsync(new Uri("/admin/buletin?tab=arsip", UriKind.Relative));

        int pinned = live.IndexOf("Tayang sematan", StringComparison.Ordinal);
        int plain = live.IndexOf("Tayang biasa", StringComparison.Ordinal);
        Assert.True(pinned >= 0 && pinned < plain, $"{pinned} {plain}");
        Assert.DoesNotContain("Nanti sore", live, StringComparison.Ordinal);
        Assert.Contains("Nanti sore", scheduled, StringComparison.Ordinal);
        Assert.DoesNotContain("Tayang biasa", scheduled, StringComparison.Ordinal);
        Assert.Contains("Kemarin dulu", ended, StringComparison.Ordinal);
        Assert.Contains("Di gudang", archived, StringComparison.Ordinal);
        Assert.DoesNotContain("Di gudang", live + scheduled + ended, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Index_Search_FiltersByTitleOrBody()
    {
        await using var kit = await AdminKit.StartAsync();
        using var client = await kit.SignedInClientAsync(AdminRole.Editor);
        await BulletinKit.AddAsync(kit, new Bulletin { Title = "Posyandu balita", CreatedAt = DateTimeOffset.UtcNow });
        await BulletinKit.AddAsync(kit, new Bulletin { Title = "Ronda malam", Body = "Jadwal posyandu ikut", CreatedAt = DateTimeOffset.UtcNow });
        await BulletinKit.AddAsync(kit, new Bulletin { Title = "Lomba 17-an", CreatedAt = DateTimeOffset.UtcNow });

        var html = await client.GetStringAsync(new Uri("/admin/buletin?q=POSYANDU", UriKind.Relative));
        var percent = await client.GetStringAsync(new Uri("/admin/buletin?q=%25", UriKind.Relative));

        Assert.Contains("Posyandu balita", html, StringComparison.Ordinal);
        Assert.Contains("Ronda malam", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Lomba 17-an", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Lomba 17-an", percent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ArchiveThenRestore_MovesBetweenTabsHidesFromSplashAndAudits()
    {
        await using var kit = await AdminKit.StartAsync();
        using var client = await kit.SignedInClientAsync(AdminRole.Editor);
        var bulletin = await BulletinKit.CreatedAsync(kit, client, BulletinKit.Fields("Pengumuman arsip"));

        var archive = await AdminKit.PostFormAsync(client, "/admin/buletin", $"/admin/buletin?handler=Archive&id={bulletin.Id}", new Dictionary<string, string>());
        var archived = await BulletinKit.FindAsync(kit, bulletin.Id);
        var splashWhileArchived = await BulletinKit.SplashAsync(kit);
        var restore = await AdminKit.PostFormAsync(client, "/admin/buletin?tab=arsip", $"/admin/buletin?handler=Restore&id={bulletin.Id}", new Dictionary<string, string>());
        var restored = await BulletinKit.FindAsync(kit, bulletin.Id);
        var splashAfterRestore = await BulletinKit.SplashAsync(kit);
        var notice = await client.GetStringAsync(restore.Headers.Location);

        Assert.Equal("/admin/buletin?tab=arsip", archive.Headers.Location?.OriginalString);
        Assert.NotNull(archived!.ArchivedAt);
        Assert.DoesNotContain("Pengumuman arsip", splashWhileArchived, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, restore.StatusCode);
        Assert.Null(restored!.ArchivedAt);
        Assert.Contains("Pengumuman arsip", splashAfterRestore, StringComparison.Ordinal);
        Assert.Contains("Pengumuman dipulihkan.", notice, StringComparison.Ordinal);
        var archiveEntry = Assert.Single(await BulletinKit.AuditAsync(kit, "bulletin.archive"));
        Assert.Contains("\"Archived\":false", archiveEntry.Before, StringComparison.Ordinal);
        Assert.Contains("\"Archived\":true", archiveEntry.After, StringComparison.Ordinal);
        Assert.Single(await BulletinKit.AuditAsync(kit, "bulletin.restore"));
    }

    [Fact]
    public async Task Delete_AsksFirstThenDeletesRowAndImageAndAudits()
    {
        await using var kit = await AdminKit.StartAsync();
        using var client = await kit.SignedInClientAsync(AdminRole.Editor);
        var page = BulletinKit.NewUrl;
        var upload = await AdminKit.PostMultipartAsync(client, page, page, BulletinKit.Fields("Hapus saya"), "Image", "a.png", TestImages.Png(), "image/png");
        Assert.Equal(HttpStatusCode.Redirect, upload.StatusCode);
        var bulletin = await kit.WithDbAsync((db, _) => db.Bulletins.AsNoTracking().SingleAsync(b => b.Title == "Hapus saya"));
        var url = $"/admin/buletin/{bulletin.Id}/hapus";
        Assert.Single(BulletinKit.ImageFiles(kit));

        var confirmPage = await client.GetStringAsync(new Uri(url, UriKind.Relative));
        var unconfirmed = await AdminKit.PostFormAsync(client, url, url, new Dictionary<string, string>());
        var stillThere = await BulletinKit.FindAsync(kit, bulletin.Id);
        var confirmed = await AdminKit.PostFormAsync(client, url, url, new Dictionary<string, string> { ["Confirm"] = "true" });

        Assert.Contains("Hapus saya", confirmPage, StringComparison.Ordinal);
        Assert.Contains("Centang kotak ini untuk menghapus.", await unconfirmed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.NotNull(stillThere);
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.Null(await BulletinKit.FindAsync(kit, bulletin.Id));
        Assert.Empty(BulletinKit.ImageFiles(kit));
        var entry = Assert.Single(await BulletinKit.AuditAsync(kit, "bulletin.delete"));
        Assert.Contains("Hapus saya", entry.Before, StringComparison.Ordinal);
        Assert.Contains(bulletin.ImageFile!, entry.Before, StringComparison.Ordinal);
    }
}
