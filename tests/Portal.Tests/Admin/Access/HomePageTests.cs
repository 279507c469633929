using KimHotspot.Portal.Features.Admin.Access;
using KimHotspot.Portal.Features.Bulletins;
using KimHotspot.Portal.Features.Members;
using KimHotspot.Portal.Features.Vouchers;
using Microsoft.EntityFrameworkCore;

namespace KimHotspot.Portal.Tests.Admin.Access;

public sealed class HomePageTests
{
    [Fact]
    public async Task Home_Admin_ShowsCountsFromTheDatabase()
    {
        await using var kit = await AdminKit.StartAsync();
        using var client = await kit.SignedInClientAsync(AdminRole.Admin);
        await SeedAsync(kit);

        var html = await client.GetStringAsync(new Uri("/admin", UriKind.Relative));

        Assert.Contains("<strong>2</strong> anggota menunggu persetujuan", html, StringComparison.Ordinal);
        Assert.Contains("<strong>3</strong> voucher belum dipakai", html, StringComparison.Ordinal);
        Assert.Contains("<strong>1</strong> buletin sedang tayang", html, StringComparison.Ordinal);
        Assert.Contains("/admin/akun-saya", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Home_Editor_ShowsNoCountsButOwnAccount()
    {
        await using var kit = await AdminKit.StartAsync();
        using var client = await kit.SignedInClientAsync(AdminRole.Editor);
        await SeedAsync(kit);

        var html = await client.GetStringAsync(new Uri("/admin", UriKind.Relative));

        Assert.DoesNotContain("menunggu persetujuan", html, StringComparison.Ordinal);
        Assert.Contains("/admin/akun-saya", html, StringComparison.Ordinal);
        Assert.Contains("/admin/buletin", html, StringComparison.Ordinal);
    }

    private static Task<int> SeedAsync(AdminKit kit) =>
        kit.WithDbAsync(async (db, _) =>
        {
            var now = DateTimeOffset.UtcNow;
            var tier = await db.Tiers.FirstAsync();
            for (var i = 0; i < 3; i++)
            {
                db.Members.Add(new Member
                {
                    FullName = "Warga " + i, Phone = "62812000000" + i, RouterUser = "m-t" + i, CreatedAt = now,
                    Status = i < 2 ? MemberStatus.Pending : MemberStatus.Active,
                });
            }

            var batch = new VoucherBatch { Name = "Uji", TierId = tier.Id, Validity = TimeSpan.FromDays(1), CreatedAt = now };
            string[] codes = ["AAA1", "AAA2", "AAA3", "AAA4", "AAA5"];
            for (var i = 0; i < codes.Length; i++)
            {
                batch.Vouchers.Add(new Voucher
                {
                    Code = codes[i], RouterUser = "v-t" + i,
                    State = i == 3 ? VoucherState.Active : VoucherState.Unused, RevokedAt = i == 4 ? now : null,
                });
            }

            db.VoucherBatches.Add(batch);
            db.Bulletins.Add(new Bulletin { Title = "Tayang", Body = "x", CreatedAt = now });
            db.Bulletins.Add(new Bulletin { Title = "Nanti", Body = "x", CreatedAt = now, StartsAt = now.AddDays(1) });
            db.Bulletins.Add(new Bulletin { Title = "Arsip", Body = "x", CreatedAt = now, ArchivedAt = now });
            db.Bulletins.Add(new Bulletin { Title = "Lewat", Body = "x", CreatedAt = now, EndsAt = now.AddDays(-1) });
            return await db.SaveChangesAsync();
        });
}
