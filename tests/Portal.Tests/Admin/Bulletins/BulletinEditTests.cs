using System.Net;
using KimHotspot.Portal.Features.Admin.Access;
using KimHotspot.Portal.Features.Bulletins;
using Microsoft.EntityFrameworkCore;

namespace KimHotspot.Portal.Tests.Admin.Bulletins;

public sealed class BulletinEditTests
{
    [Fact]
    public async Task Create_Editor_SavedWithAuthorAndAudited()
    {
        await using var kit = await AdminKit.StartAsync();
        var (client, editor) = await BulletinKit.SignInAsync(kit, AdminRole.Editor);
        var fields = BulletinKit.Fields("Kerja bakti Minggu", "Rahasia isi panjang yang tidak masuk audit");
        fields["Input.Pinned"] = "true";

        var bulletin = await BulletinKit.CreatedAsync(kit, client, fields);

        Assert.Equal(editor, bulletin.Author);
        Assert.True(bulletin.Pinned);
        Assert.Null(bulletin.UpdatedAt);
        var entry = Assert.Single(await BulletinKit.AuditAsync(kit, "bulletin.create"));
        Assert.Equal(editor, entry.Actor);
        Assert.Equal($"bulletin:{bulletin.Id}", entry.Target);
        Assert.Contains("Kerja bakti Minggu", entry.After, StringComparison.Ordinal);
        Assert.Contains("\"BodyLength\":42", entry.After, StringComparison.Ordinal);
        Assert.DoesNotContain("Rahasia", entry.After, StringComparison.Ordinal);
        client.Dispose();
    }

    [Fact]
    public async Task Create_InvalidFields_IndonesianMessagesAndNothingSaved()
    {
        await using var kit = await AdminKit.StartAsync();
        using var client = await kit.SignedInClientAsync(AdminRole.Admin);
        var now = DateTimeOffset.UtcNow;
        var fields = BulletinKit.Fields(string.Empty, new string('x', 5001));
        fields["Input.StartsAt"] = BulletinKit.Local(now.AddDays(2));
        fields["Input.EndsAt"] = BulletinKit.Local(now.AddDays(1));
        var longTitle = BulletinKit.Fields(new string('j', 121));
        longTitle["Input.EndsAt"] = "besok pagi";

        var response = await BulletinKit.CreateAsync(client, fields);
        var html = await response.Content.ReadAsStringAsync();
        var second = await (await BulletinKit.CreateAsync(client, longTitle)).Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Judul wajib diisi.", html, StringComparison.Ordinal);
        Assert.Contains("Isi paling panjang 5.000 karakter.", html, StringComparison.Ordinal);
        Assert.Contains("Waktu selesai harus sesudah waktu mulai.", html, StringComparison.Ordinal);
        Assert.Contains("Judul paling panjang 120 karakter.", second, StringComparison.Ordinal);
        Assert.Contains("Tanggal dan jam tidak valid.", second, StringComparison.Ordinal);
        Assert.Equal(0, await kit.WithDbAsync((db, _) => db.Bulletins.CountAsync()));
        Assert.Empty(await BulletinKit.AuditAsync(kit, "bulletin.create"));
    }

    [Fact]
    public async Task Preview_Markdown_RenderedSafelyFormKeptNothingSaved()
    {
        await using var kit = await AdminKit.StartAsync();
        using var client = await kit.SignedInClientAsync(AdminRole.Editor);
        var fields = BulletinKit.Fields("Judul pratinjau", "**tebal** <script>alert(1)</script> [x](javascript:alert(2))");

        var response = await AdminKit.PostFormAsync(client, BulletinKit.NewUrl, BulletinKit.NewUrl + "?handler=Preview", fields);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<strong>tebal</strong>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert(1)", html, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"javascript", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Judul pratinjau\"", html, StringComparison.Ordinal);
        Assert.Equal(0, await kit.WithDbAsync((db, _) => db.Bulletins.CountAsync()));
    }

    [Fact]
    public async Task Edit_Changes_SavedWithUpdatedAtAndAuditBeforeAfter()
    {
        await using var kit = await AdminKit.StartAsync();
        var (client, admin) = await BulletinKit.SignInAsync(kit, AdminRole.Admin);
        var created = await BulletinKit.CreatedAsync(kit, client, BulletinKit.Fields("Judul lama"));
        var url = $"/admin/buletin/{created.Id}/ubah";
        var edit = BulletinKit.Fields("Judul baru", "Isi baru");
        edit["Input.Audience"] = nameof(BulletinAudience.Members);
        edit["Input.EndsAt"] = BulletinKit.Local(DateTimeOffset.UtcNow.AddDays(3));

        var form = await client.GetStringAsync(new Uri(url, UriKind.Relative));
        var response = await AdminKit.PostFormAsync(client, url, url, edit);

        Assert.Contains("value=\"Judul lama\"", form, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await BulletinKit.FindAsync(kit, created.Id);
        Assert.Equal(("Judul baru", "Isi baru", BulletinAudience.Members), (saved!.Title, saved.Body, saved.Audience));
        Assert.NotNull(saved.UpdatedAt);
        Assert.NotNull(saved.EndsAt);
        Assert.Equal(admin, saved.Author);
        var entry = Assert.Single(await BulletinKit.AuditAsync(kit, "bulletin.update"));
        Assert.Contains("Judul lama", entry.Before, StringComparison.Ordinal);
        Assert.Contains("Judul baru", entry.After, StringComparison.Ordinal);
        Assert.Contains("\"Audience\":\"Members\"", entry.After, StringComparison.Ordinal);
        client.Dispose();
    }

    [Fact]
    public async Task Edit_UnknownId_NotFound()
    {
        await using var kit = await AdminKit.StartAsync();
        using var client = await kit.SignedInClientAsync(AdminRole.Editor);

        var response = await client.GetAsync(new Uri("/admin/buletin/999/ubah", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task CityWide_ShownReadOnlyAndChangesRefused()
    {
        await using var kit = await AdminKit.StartAsync();
        using var client = await kit.SignedInClientAsync(AdminRole.Admin);
        int id = await BulletinKit.AddAsync(kit, new Bulletin { Title = "Dari kota", Body = "Vaksinasi", CityWide = true, CreatedAt = DateTimeOffset.UtcNow });
        var url = $"/admin/buletin/{id}/ubah";

        var page = await client.GetStringAsync(new Uri(url, UriKind.Relative));
        var list = await client.GetStringAsync(new Uri("/admin/buletin", UriKind.Relative));
        var edit = await AdminKit.PostFormAsync(client, BulletinKit.NewUrl, url, BulletinKit.Fields("Diubah"));
        var archive = await AdminKit.PostFormAsync(client, BulletinKit.NewUrl, $"/admin/buletin?handler=Archive&id={id}", new Dictionary<string, string>());
        var delete = await AdminKit.PostFormAsync(client, BulletinKit.NewUrl, $"/admin/buletin/{id}/hapus", new Dictionary<string, string> { ["Confirm"] = "true" });

        Assert.Contains("Vaksinasi", page, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"Input.Title\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain($"handler=Archive&amp;id={id}", list, StringComparison.Ordinal);
        Assert.All([edit, archive, delete], r => Assert.Equal("/admin/ditolak", r.Headers.Location?.AbsolutePath));
        var stored = await BulletinKit.FindAsync(kit, id);
        Assert.Equal(("Dari kota", (DateTimeOffset?)null), (stored!.Title, stored.ArchivedAt));
    }
}
