using System.Net;
using KimHotspot.Portal.Features.Admin.Access;
using KimHotspot.Portal.Features.Members;

namespace KimHotspot.Portal.Tests.Admin.Members;

public class MembersListTests
{
    [Theory]
    [InlineData("/admin/anggota")]
    [InlineData("/admin/anggota/1")]
    [InlineData("/admin/anggota/1/hapus")]
    public async Task Get_Anonymous_RedirectsToAdminLogin(string url)
    {
        await using var kit = await AdminKit.StartAsync();
        using var client = kit.AnonymousClient();

        var response = await client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/admin/masuk", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/admin/anggota")]
    [InlineData("/admin/anggota/1")]
    public async Task Get_Editor_RedirectsToDenied(string url)
    {
        await using var kit = await AdminKit.StartAsync();
        await MemberSeed.MemberAsync(kit, "6281234567890", MemberStatus.Active);
        using var client = await kit.SignedInClientAsync(AdminRole.Editor);

        var response = await client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/admin/ditolak", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0812-3456-7890")]
    [InlineData("+62 812 3456 7890")]
    [InlineData("6281234567890")]
    [InlineData("0812345")]
    [InlineData("siti")]
    [InlineData("AMINAH")]
    [InlineData("RT 01")]
    public async Task Index_Search_FindsMemberByAnyForm(string query)
    {
        await using var kit = await AdminKit.StartAsync();
        await MemberSeed.MemberAsync(kit, "6281234567890", MemberStatus.Active, name: "Siti Aminah", username: "siti", place: "RT 01/RW 02");
        await MemberSeed.MemberAsync(kit, "6289999999999", MemberStatus.Active, name: "Budi Santoso", username: "budi", place: "RT 05/RW 03");
        using var client = await kit.SignedInClientAsync(AdminRole.Admin);

        var html = await client.GetStringAsync(new Uri("/admin/anggota?q=" + Uri.EscapeDataString(query), UriKind.Relative));

        Assert.Contains("Siti Aminah", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Budi Santoso", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Index_Default_PendingFirstWithCount()
    {
        await using var kit = await AdminKit.StartAsync();
        await MemberSeed.MemberAsync(kit, "6281111111111", MemberStatus.Active, name: "Agus Aktif");
        await MemberSeed.MemberAsync(kit, "6282222222222", MemberStatus.Pending, name: "Yanti Menunggu");
        using var client = await kit.SignedInClientAsync(AdminRole.Admin);

        var html = await client.GetStringAsync(new Uri("/admin/anggota", UriKind.Relative));

        Assert.Contains("1 pendaftaran menunggu persetujuan", html, StringComparison.Ordinal);
        Assert.True(html.IndexOf("Yanti Menunggu", StringComparison.Ordinal) < html.IndexOf("Agus Aktif", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Index_StatusFilter_ShowsOnlyThatStatus()
    {
        await using var kit = await AdminKit.StartAsync();
        await MemberSeed.MemberAsync(kit, "6281111111111", MemberStatus.Active, name: "Agus Aktif");
        await MemberSeed.MemberAsync(kit, "6282222222222", MemberStatus.Blocked, name: "Dedi Diblokir");
        using var client = await kit.SignedInClientAsync(AdminRole.Admin);

        var html = await client.GetStringAsync(new Uri("/admin/anggota?status=Blocked", UriKind.Relative));

        Assert.Contains("Dedi Diblokir", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Agus Aktif", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Index_MoreThanOnePage_Shows50AndPagingLink()
    {
        await using var kit = await AdminKit.StartAsync();
        await kit.WithDbAsync(async (db, _) =>
        {
            for (int i = 0; i < 55; i++)
            {
                db.Members.Add(new Member
                {
                    FullName = $"Warga {i:D2}", Phone = $"62812000000{i:D2}", Neighbourhood = "RT 1", Status = MemberStatus.Active,
                    RouterUser = $"m-x{i}", RouterSecret = "s", PasswordHash = "h",
                });
            }

            return await db.SaveChangesAsync();
        });
        using var client = await kit.SignedInClientAsync(AdminRole.Admin);

        var first = await client.GetStringAsync(new Uri("/admin/anggota", UriKind.Relative));
        var second = await client.GetStringAsync(new Uri("/admin/anggota?p=2", UriKind.Relative));

        Assert.Contains("Warga 49", first, StringComparison.Ordinal);
        Assert.DoesNotContain("Warga 50", first, StringComparison.Ordinal);
        Assert.Contains("p=2", first, StringComparison.Ordinal);
        Assert.Contains("Warga 54", second, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Detail_MemberWithDevice_ShowsMaskedMacOnly()
    {
        await using var kit = await AdminKit.StartAsync();
        var member = await MemberSeed.MemberAsync(kit, "6281234567890", MemberStatus.Active);
        await kit.WithDbAsync(async (db, _) =>
        {
            db.RememberedDevices.Add(new RememberedDevice
            {
                MemberId = member.Id, MacAddress = "AA:BB:CC:DD:4E:5F", TokenHash = "x", CreatedAt = DateTimeOffset.UtcNow, ExpiresAt = DateTimeOffset.UtcNow.AddDays(30),
            });
            return await db.SaveChangesAsync();
        });
        using var client = await kit.SignedInClientAsync(AdminRole.Admin);

        var html = await client.GetStringAsync(new Uri($"/admin/anggota/{member.Id}", UriKind.Relative));

        Assert.Contains("4E:5F", html, StringComparison.Ordinal);
        Assert.DoesNotContain("AA:BB", html, StringComparison.Ordinal);
        Assert.DoesNotContain(member.PasswordHash, html, StringComparison.Ordinal);
    }
}
