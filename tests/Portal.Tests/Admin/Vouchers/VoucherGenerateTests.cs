using System.Net;
using KimHotspot.Portal.Features.Admin.Access;
using KimHotspot.Portal.Features.Admin.Vouchers;
using KimHotspot.Portal.Features.Vouchers;
using Microsoft.EntityFrameworkCore;

namespace KimHotspot.Portal.Tests.Admin.Vouchers;

public class VoucherGenerateTests
{
    [Fact]
    public async Task Generate_ValidForm_CreatesUniqueCodesFromAlphabetWithRouterUsers()
    {
        await using var kit = await AdminKit.StartAsync();
        using var client = await kit.SignedInClientAsync(AdminRole.Admin);
        var tier = await VoucherAdminKit.TierAsync(kit);

        var response = await VoucherAdminKit.GenerateAsync(client, tier.Id, 40, name: "Agustusan", length: 10, validity: "7h");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var batch = await kit.WithDbAsync((db, _) => db.VoucherBatches.Include(b => b.Vouchers).SingleAsync());
        Assert.Equal($"/admin/voucher/{batch.Id}", response.Headers.Location!.OriginalString);
        Assert.Equal(("Agustusan", tier.Id, TimeSpan.FromDays(7), 10), (batch.Name, batch.TierId, batch.Validity, batch.CodeLength));
        Assert.StartsWith("admin-", batch.CreatedBy, StringComparison.Ordinal);
        Assert.Equal(40, batch.Vouchers.Count);
        Assert.Equal(40, batch.Vouchers.Select(v => v.Code).Distinct().Count());
        Assert.All(batch.Vouchers, v =>
        {
            Assert.Equal(10, v.Code.Length);
            Assert.True(VoucherAlphabet.IsFrom(v.Code), v.Code);
            Assert.Equal(VoucherState.Unused, v.State);
            Assert.Equal("v-" + v.Id, v.RouterUser);
            Assert.True(v.RouterSecret.Length >= 20);
        });
        Assert.Equal(40, batch.Vouchers.Select(v => v.RouterSecret).Distinct().Count());
        var page = await client.GetStringAsync(response.Headers.Location);
        Assert.Contains("40 kode voucher dibuat", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Generate_FiveHundredTwice_AllCodesUniqueAcrossTheTable()
    {
        await using var kit = await AdminKit.StartAsync();
        using var client = await kit.SignedInClientAsync(AdminRole.Admin);
        var tier = await VoucherAdminKit.TierAsync(kit);

        var first = await VoucherAdminKit.GenerateAsync(client, tier.Id, 500, length: 6);
        var second = await VoucherAdminKit.GenerateAsync(client, tier.Id, 500, length: 6);

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        var codes = await kit.WithDbAsync((db, _) => db.Vouchers.Select(v => v.Code).ToListAsync());
        Assert.Equal(1000, codes.Count);
        Assert.Equal(1000, codes.Distinct().Count());
    }

    [Fact]
    public async Task Generate_CustomValidityAndUseBefore_Stored()
    {
        await using var kit = await AdminKit.StartAsync();
        using var client = await kit.SignedInClientAsync(AdminRole.Admin);
        var tier = await VoucherAdminKit.TierAsync(kit);
        var day = DateOnly.FromDateTime(DateTime.Now).AddDays(10);

        var response = await AdminKit.PostFormAsync(client, "/admin/voucher/baru", "/admin/voucher/baru", new Dictionary<string, string>
        {
            ["Name"] = "Tiga jam", ["Count"] = "3", ["TierId"] = tier.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Validity"] = "lain", ["CustomAmount"] = "3", ["CustomUnit"] = "jam", ["CodeLength"] = "8",
            ["UseBefore"] = day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var batch = await kit.WithDbAsync((db, _) => db.VoucherBatches.SingleAsync());
        Assert.Equal(TimeSpan.FromHours(3), batch.Validity);
        Assert.Equal(VoucherText.EndOfLocalDay(day), batch.UseBefore);
    }

    [Theory]
    [InlineData("", "10", "8", "Isi nama batch")]
    [InlineData("Batch", "0", "8", "Jumlah kode antara 1 dan 500.")]
    [InlineData("Batch", "501", "8", "Jumlah kode antara 1 dan 500.")]
    [InlineData("Batch", "10", "5", "Panjang kode antara 6 dan 12 karakter.")]
    [InlineData("Batch", "10", "13", "Panjang kode antara 6 dan 12 karakter.")]
    public async Task Generate_InvalidField_ShowsMessageAndCreatesNothing(string name, string count, string length, string message)
    {
        await using var kit = await AdminKit.StartAsync();
        using var client = await kit.SignedInClientAsync(AdminRole.Admin);
        var tier = await VoucherAdminKit.TierAsync(kit);

        var response = await AdminKit.PostFormAsync(client, "/admin/voucher/baru", "/admin/voucher/baru", new Dictionary<string, string>
        {
            ["Name"] = name, ["Count"] = count, ["TierId"] = tier.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Validity"] = "1h", ["CodeLength"] = length,
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await kit.WithDbAsync((db, _) => db.Vouchers.CountAsync()));
    }

    [Fact]
    public async Task Generate_UnknownTierOrBadCustomValidity_Refused()
    {
        await using var kit = await AdminKit.StartAsync();
        using var client = await kit.SignedInClientAsync(AdminRole.Admin);
        await VoucherAdminKit.TierAsync(kit);

        var response = await AdminKit.PostFormAsync(client, "/admin/voucher/baru", "/admin/voucher/baru", new Dictionary<string, string>
        {
            ["Name"] = "X", ["Count"] = "5", ["TierId"] = "999", ["Validity"] = "lain", ["CustomAmount"] = "0", ["CustomUnit"] = "hari", ["CodeLength"] = "8",
        });

        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Pilih paket.", html, StringComparison.Ordinal);
        Assert.Contains("Isi masa berlaku", html, StringComparison.Ordinal);
        Assert.Equal(0, await kit.WithDbAsync((db, _) => db.VoucherBatches.CountAsync()));
    }

    [Fact]
    public async Task Generate_Audited_WithBatchCountAndTier_NeverCodes()
    {
        await using var kit = await AdminKit.StartAsync();
        using var client = await kit.SignedInClientAsync(AdminRole.Admin);
        var batchId = await VoucherAdminKit.GenerateBatchAsync(kit, client, 12);

        var entry = await kit.WithDbAsync((db, _) => db.AuditEntries.SingleAsync(e => e.Action == "voucher.generate"));
        var codes = await VoucherAdminKit.VouchersAsync(kit, batchId);

        Assert.Equal($"voucher-batch:{batchId}", entry.Target);
        Assert.StartsWith("admin-", entry.Actor, StringComparison.Ordinal);
        Assert.Contains("\"Count\":12", entry.After, StringComparison.Ordinal);
        Assert.Contains("\"Tier\":\"Voucher 1 jam\"", entry.After, StringComparison.Ordinal);
        Assert.All(codes, v => Assert.DoesNotContain(v.Code, entry.After!, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Index_ListsBatchWithCountsPerState()
    {
        await using var kit = await AdminKit.StartAsync();
        using var client = await kit.SignedInClientAsync(AdminRole.Admin);
        var batchId = await VoucherAdminKit.GenerateBatchAsync(kit, client, 5);
        await kit.WithDbAsync(async (db, _) =>
        {
            var list = await db.Vouchers.OrderBy(v => v.Id).ToListAsync();
            list[0].State = VoucherState.Revoked;
            list[1].State = VoucherState.Active;
            list[1].ExpiresAt = DateTimeOffset.UtcNow.AddHours(-1); // past expiry: counts as expired
            return await db.SaveChangesAsync();
        });

        var html = await client.GetStringAsync(new Uri("/admin/voucher", UriKind.Relative));

        Assert.Contains($"href=\"/admin/voucher/{batchId}\">Batch uji</a>", html, StringComparison.Ordinal);
        Assert.Contains("data-state=\"Unused\">3<", html, StringComparison.Ordinal);
        Assert.Contains("data-state=\"Expired\">1<", html, StringComparison.Ordinal);
        Assert.Contains("data-state=\"Revoked\">1<", html, StringComparison.Ordinal);
        Assert.Contains("data-state=\"Active\">0<", html, StringComparison.Ordinal);
    }
}
