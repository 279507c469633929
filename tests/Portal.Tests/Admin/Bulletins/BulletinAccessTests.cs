using System.Net;
using KimHotspot.Portal.Features.Admin.Access;
using KimHotspot.Portal.Features.Bulletins;

namespace KimHotspot.Portal.Tests.Admin.Bulletins;

public sealed class BulletinAccessTests
{
    [Theory]
    [InlineData("/admin/buletin")]
    [InlineData("/admin/buletin/baru")]
    [InlineData("/admin/buletin/1/ubah")]
    [InlineData("/admin/buletin/1/hapus")]
    public async Task Pages_Anonymous_RedirectedToSignIn(string url)
    {
        await using var kit = await AdminKit.StartAsync();
        using var client = kit.AnonymousClient();

        var response = await client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/admin/masuk", response.Headers.Location?.AbsolutePath);
    }

    [Fact]
    public async Task AnonymousPost_Refused_NothingSaved()
    {
        await using var kit = await AdminKit.StartAsync();
        using var client = kit.AnonymousClient();

        var response = await BulletinKit.PostWithoutTokenAsync(client, BulletinKit.NewUrl, BulletinKit.Fields("Tanpa masuk"));

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.IsSuccessStatusCode || response.Headers.Location?.AbsolutePath == "/admin/buletin");
        Assert.Empty(await BulletinKit.AuditAsync(kit, "bulletin.create"));
    }

    [Theory]
    [InlineData(AdminRole.Editor)]
    [InlineData(AdminRole.Admin)]
    public async Task Pages_EditorOrAdmin_Open(AdminRole role)
    {
        await using var kit = await AdminKit.StartAsync();
        using var client = await kit.SignedInClientAsync(role);
        int id = await BulletinKit.AddAsync(kit, new Bulletin { Title = "Ada", CreatedAt = DateTimeOffset.UtcNow });

        foreach (var url in new[] { "/admin/buletin", "/admin/buletin/baru", $"/admin/buletin/{id}/ubah", $"/admin/buletin/{id}/hapus" })
        {
            var response = await client.GetAsync(new Uri(url, UriKind.Relative));
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {response.StatusCode}");
        }
    }

    [Fact]
    public async Task Posts_WithoutAntiforgeryToken_Refused400()
    {
        await using var kit = await AdminKit.StartAsync();
        using var client = await kit.SignedInClientAsync(AdminRole.Admin);
        int id = await BulletinKit.AddAsync(kit, new Bulletin { Title = "Tetap", CreatedAt = DateTimeOffset.UtcNow });

        var create = await BulletinKit.PostWithoutTokenAsync(client, BulletinKit.NewUrl, BulletinKit.Fields("Palsu"));
        var edit = await BulletinKit.PostWithoutTokenAsync(client, $"/admin/buletin/{id}/ubah", BulletinKit.Fields("Palsu"));
        var archive = await BulletinKit.PostWithoutTokenAsync(client, $"/admin/buletin?handler=Archive&id={id}", new Dictionary<string, string>());
        var delete = await BulletinKit.PostWithoutTokenAsync(client, $"/admin/buletin/{id}/hapus", new Dictionary<string, string> { ["Confirm"] = "true" });

        Assert.All([create, edit, archive, delete], r => Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode));
        var stored = await BulletinKit.FindAsync(kit, id);
        Assert.Equal(("Tetap", (DateTimeOffset?)null), (stored!.Title, stored.ArchivedAt));
        Assert.Empty(await kit.WithDbAsync((db, _) => Task.FromResult(db.AuditEntries.Where(e => e.Action.StartsWith("bulletin.")).ToList())));
    }
}
