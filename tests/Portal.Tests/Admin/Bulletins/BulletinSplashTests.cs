using System.Net;
using KimHotspot.Portal.Features.Admin.Access;
using KimHotspot.Portal.Features.Bulletins;

namespace KimHotspot.Portal.Tests.Admin.Bulletins;

public sealed class BulletinSplashTests
{
    [Fact]
    public async Task Create_ThroughAdminPage_OnTheSplashAtOnce()
    {
        await using var kit = await AdminKit.StartAsync();
        using var client = await kit.SignedInClientAsync(AdminRole.Editor);
        var before = await BulletinKit.SplashAsync(kit); // loads the in-memory copy first

        await BulletinKit.CreatedAsync(kit, client, BulletinKit.Fields("Listrik padam Sabtu", "Mulai **08.00** sampai siang."));
        var after = await BulletinKit.SplashAsync(kit);

        Assert.DoesNotContain("Listrik padam Sabtu", before, StringComparison.Ordinal);
        Assert.Contains("Listrik padam Sabtu", after, StringComparison.Ordinal);
        Assert.Contains("<strong>08.00</strong>", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Edit_ThroughAdminPage_SplashShowsNewTitleAtOnce()
    {
        await using var kit = await AdminKit.StartAsync();
        using var client = await kit.SignedInClientAsync(AdminRole.Editor);
        var bulletin = await BulletinKit.CreatedAsync(kit, client, BulletinKit.Fields("Judul pertama"));
        Assert.Contains("Judul pertama", await BulletinKit.SplashAsync(kit), StringComparison.Ordinal);
        var url = $"/admin/buletin/{bulletin.Id}/ubah";

        await AdminKit.PostFormAsync(client, url, url, BulletinKit.Fields("Judul kedua"));
        var splash = await BulletinKit.SplashAsync(kit);

        Assert.Contains("Judul kedua", splash, StringComparison.Ordinal);
        Assert.DoesNotContain("Judul pertama", splash, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Schedule_LocalTimes_RespectedOnTheSplash()
    {
        await using var kit = await AdminKit.StartAsync();
        using var client = await kit.SignedInClientAsync(AdminRole.Editor);
        var now = DateTimeOffset.UtcNow;
        var live = BulletinKit.Fields("Sedang berlaku");
        live["Input.StartsAt"] = BulletinKit.Local(now.AddHours(-1));
        live["Input.EndsAt"] = BulletinKit.Local(now.AddHours(1));
        var later = BulletinKit.Fields("Belum waktunya");
        later["Input.StartsAt"] = BulletinKit.Local(now.AddHours(2));
        var over = BulletinKit.Fields("Sudah lewat");
        over["Input.StartsAt"] = BulletinKit.Local(now.AddHours(-3));
        over["Input.EndsAt"] = BulletinKit.Local(now.AddHours(-1));
        var members = BulletinKit.Fields("Khusus anggota");
        members["Input.Audience"] = nameof(BulletinAudience.Members);

        var liveRow = await BulletinKit.CreatedAsync(kit, client, live);
        var laterRow = await BulletinKit.CreatedAsync(kit, client, later);
        await BulletinKit.CreatedAsync(kit, client, over);
        await BulletinKit.CreatedAsync(kit, client, members);
        var splash = await BulletinKit.SplashAsync(kit);

        Assert.Contains("Sedang berlaku", splash, StringComparison.Ordinal);
        Assert.DoesNotContain("Belum waktunya", splash, StringComparison.Ordinal);
        Assert.DoesNotContain("Sudah lewat", splash, StringComparison.Ordinal);
        Assert.DoesNotContain("Khusus anggota", splash, StringComparison.Ordinal);
        // The typed local times were stored as the same instants (to the minute).
        Assert.Equal(Minute(now.AddHours(2)), laterRow.StartsAt);
        Assert.Equal(Minute(now.AddHours(1)), liveRow.EndsAt);
    }

    [Fact]
    public async Task Image_Uploaded_ShownOnSplashAndServed()
    {
        await using var kit = await AdminKit.StartAsync();
        using var client = await kit.SignedInClientAsync(AdminRole.Editor);

        var response = await AdminKit.PostMultipartAsync(
            client, BulletinKit.NewUrl, BulletinKit.NewUrl, BulletinKit.Fields("Foto kegiatan"), "Image", "kegiatan.png", TestImages.Png(2000, 1000), "image/png");
        var splash = await BulletinKit.SplashAsync(kit);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var file = Path.GetFileName(Assert.Single(BulletinKit.ImageFiles(kit)));
        Assert.EndsWith("-960x480.jpg", file, StringComparison.Ordinal);
        Assert.Contains($"<img src=\"/gambar/{file}\" alt=\"\" width=\"960\" height=\"480\"", splash, StringComparison.Ordinal);
        using var resident = kit.App.Client();
        using var image = await resident.GetAsync(new Uri("/gambar/" + file, UriKind.Relative));
        Assert.Equal("image/jpeg", image.Content.Headers.ContentType?.MediaType);
        Assert.Equal(960, TestImages.Info(await image.Content.ReadAsByteArrayAsync()).Width);
    }

    [Fact]
    public async Task Image_NotAnImage_RefusedInIndonesianNothingWrittenOrSaved()
    {
        await using var kit = await AdminKit.StartAsync();
        using var client = await kit.SignedInClientAsync(AdminRole.Editor);
        var text = System.Text.Encoding.UTF8.GetBytes("ini hanya teks, bukan foto");

        var response = await AdminKit.PostMultipartAsync(
            client, BulletinKit.NewUrl, BulletinKit.NewUrl, BulletinKit.Fields("Dengan berkas palsu"), "Image", "foto.jpg", text, "image/jpeg");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Berkas ini bukan gambar JPEG, PNG atau WebP.", html, StringComparison.Ordinal);
        Assert.Empty(BulletinKit.ImageFiles(kit));
        Assert.Empty(await BulletinKit.AuditAsync(kit, "bulletin.create"));
    }

    [Fact]
    public async Task Image_SixMegabytes_RefusedInIndonesianNothingWritten()
    {
        await using var kit = await AdminKit.StartAsync();
        using var client = await kit.SignedInClientAsync(AdminRole.Editor);
        var big = new byte[6 * 1024 * 1024];
        TestImages.Jpeg().CopyTo(big, 0);

        var response = await AdminKit.PostMultipartAsync(
            client, BulletinKit.NewUrl, BulletinKit.NewUrl, BulletinKit.Fields("Foto besar"), "Image", "besar.jpg", big, "image/jpeg");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Gambar terlalu besar (maksimal 5 MB).", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(BulletinKit.ImageFiles(kit));
    }

    [Fact]
    public async Task Image_ReplacedThenRemoved_OldFilesDeletedAndAudited()
    {
        await using var kit = await AdminKit.StartAsync();
        using var client = await kit.SignedInClientAsync(AdminRole.Editor);
        await AdminKit.PostMultipartAsync(client, BulletinKit.NewUrl, BulletinKit.NewUrl, BulletinKit.Fields("Ganti foto"), "Image", "a.jpg", TestImages.Jpeg(), "image/jpeg");
        var first = Assert.Single(BulletinKit.ImageFiles(kit));
        var id = (await BulletinKit.AuditAsync(kit, "bulletin.create"))[0].Target["bulletin:".Length..];
        var url = $"/admin/buletin/{id}/ubah";

        var replace = await AdminKit.PostMultipartAsync(client, url, url, BulletinKit.Fields("Ganti foto"), "Image", "b.png", TestImages.Png(), "image/png");
        var second = Assert.Single(BulletinKit.ImageFiles(kit));
        var remove = BulletinKit.Fields("Ganti foto");
        remove["Input.RemoveImage"] = "true";
        var removed = await AdminKit.PostFormAsync(client, url, url, remove);

        Assert.Equal(HttpStatusCode.Redirect, replace.StatusCode);
        Assert.NotEqual(first, second);
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Empty(BulletinKit.ImageFiles(kit));
        var updates = await BulletinKit.AuditAsync(kit, "bulletin.update");
        Assert.Equal(2, updates.Count);
        Assert.Contains(Path.GetFileName(first), updates[0].Before, StringComparison.Ordinal);
        Assert.Contains(Path.GetFileName(second), updates[0].After, StringComparison.Ordinal);
        Assert.Contains("\"Image\":null", updates[1].After, StringComparison.Ordinal);
    }

    private static DateTimeOffset Minute(DateTimeOffset at) =>
        new(at.UtcTicks - (at.UtcTicks % TimeSpan.TicksPerMinute), TimeSpan.Zero);
}
