using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using KimHotspot.Portal.Features.Admin.Access;
using KimHotspot.Portal.Features.Admin.Vouchers;
using Microsoft.EntityFrameworkCore;

namespace KimHotspot.Portal.Tests.Admin.Vouchers;

public partial class VoucherExportPrintTests
{
    [Fact]
    public async Task Csv_Batch_AttachmentWithBomOneRowPerCode_Audited()
    {
        await using var kit = await AdminKit.StartAsync();
        using var client = await kit.SignedInClientAsync(AdminRole.Admin);
        var batchId = await VoucherAdminKit.GenerateBatchAsync(kit, client, 7);
        var codes = (await VoucherAdminKit.VouchersAsync(kit, batchId)).Select(v => v.Code).ToList();

        var response = await client.GetAsync(new Uri($"/admin/voucher/{batchId}/csv", UriKind.Relative));
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal($"voucher-batch-{batchId}.csv", response.Content.Headers.ContentDisposition.FileName?.Trim('"'));
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).TrimEnd().Split("\r\n");
        Assert.Equal(8, lines.Length);
        Assert.Equal(codes, lines[1..].Select(l => l.Split(',')[0]));
        Assert.All(lines[1..], l => Assert.EndsWith(",Belum dipakai,,,Voucher 1 jam", l, StringComparison.Ordinal));
        var entry = await kit.WithDbAsync((db, _) => db.AuditEntries.SingleAsync(e => e.Action == "voucher.export"));
        Assert.Equal($"voucher-batch:{batchId}", entry.Target);
        Assert.Contains("\"Format\":\"csv\"", entry.After, StringComparison.Ordinal);
        Assert.Contains("\"Count\":7", entry.After, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BatchPage_MasksCodesUntilRevealed_RevealAudited()
    {
        await using var kit = await AdminKit.StartAsync();
        using var client = await kit.SignedInClientAsync(AdminRole.Admin);
        var batchId = await VoucherAdminKit.GenerateBatchAsync(kit, client, 3);
        var codes = (await VoucherAdminKit.VouchersAsync(kit, batchId)).Select(v => v.Code).ToList();

        var masked = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri($"/admin/voucher/{batchId}", UriKind.Relative)));
        var auditedBefore = await kit.WithDbAsync((db, _) => db.AuditEntries.CountAsync(e => e.Action == "voucher.export"));
        var shown = await client.GetStringAsync(new Uri($"/admin/voucher/{batchId}?tampil=1", UriKind.Relative));

        Assert.All(codes, c => Assert.DoesNotContain(c, masked, StringComparison.Ordinal));
        Assert.All(codes, c => Assert.Contains("…" + c[^3..], masked, StringComparison.Ordinal));
        Assert.All(codes, c => Assert.Contains(VoucherAlphabet.Grouped(c), shown, StringComparison.Ordinal));
        Assert.Equal(0, auditedBefore);
        var entry = await kit.WithDbAsync((db, _) => db.AuditEntries.SingleAsync(e => e.Action == "voucher.export"));
        Assert.Contains("\"Format\":\"screen\"", entry.After, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BatchPage_FilterByState_ShowsOnlyThatState()
    {
        await using var kit = await AdminKit.StartAsync();
        using var client = await kit.SignedInClientAsync(AdminRole.Admin);
        var batchId = await VoucherAdminKit.GenerateBatchAsync(kit, client, 4);
        await kit.WithDbAsync(async (db, _) =>
        {
            var first = await db.Vouchers.OrderBy(v => v.Id).FirstAsync();
            first.State = Features.Vouchers.VoucherState.Revoked;
            return await db.SaveChangesAsync();
        });

        var revoked = await client.GetStringAsync(new Uri($"/admin/voucher/{batchId}?status=Revoked", UriKind.Relative));
        var unused = await client.GetStringAsync(new Uri($"/admin/voucher/{batchId}?status=Unused", UriKind.Relative));

        Assert.Equal(1, Rows().Count(revoked));
        Assert.Equal(3, Rows().Count(unused));
    }

    [Fact]
    public async Task PrintA4_UnusedCodes_OneQrSvgAndCodePerCard_Audited()
    {
        await using var kit = await AdminKit.StartAsync(new Dictionary<string, string?> { ["Admin:PublicBaseUrl"] = "http://portal.kim.lan" });
        using var client = await kit.SignedInClientAsync(AdminRole.Admin);
        var batchId = await VoucherAdminKit.GenerateBatchAsync(kit, client, 30);
        var codes = (await VoucherAdminKit.VouchersAsync(kit, batchId)).Select(v => v.Code).ToList();

        var html = await client.GetStringAsync(new Uri($"/admin/voucher/{batchId}/cetak", UriKind.Relative));

        Assert.Equal(30, Svg().Count(html));
        Assert.Equal(2, Regex.Count(html, "<section class=\"sheet\">")); // 24 + 6
        Assert.Contains("@page { size: A4;", html, StringComparison.Ordinal);
        Assert.All(codes, c => Assert.Contains(VoucherAlphabet.Grouped(c), html, StringComparison.Ordinal));
        Assert.Contains("Berlaku 1 hari sejak pertama dipakai", html, StringComparison.Ordinal);
        var entry = await kit.WithDbAsync((db, _) => db.AuditEntries.SingleAsync(e => e.Action == "voucher.print"));
        Assert.Contains("\"Count\":30", entry.After, StringComparison.Ordinal);
        Assert.Contains("\"Format\":\"A4\"", entry.After, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PrintThermal_58mmPageAndSkipsRevoked()
    {
        await using var kit = await AdminKit.StartAsync();
        using var client = await kit.SignedInClientAsync(AdminRole.Admin);
        var batchId = await VoucherAdminKit.GenerateBatchAsync(kit, client, 3);
        await kit.WithDbAsync(async (db, _) =>
        {
            (await db.Vouchers.OrderBy(v => v.Id).FirstAsync()).State = Features.Vouchers.VoucherState.Revoked;
            return await db.SaveChangesAsync();
        });

        var html = await client.GetStringAsync(new Uri($"/admin/voucher/{batchId}/cetak?format=58", UriKind.Relative));

        Assert.Contains("@page { size: 58mm auto;", html, StringComparison.Ordinal);
        Assert.Contains("<body class=\"thermal\">", html, StringComparison.Ordinal);
        Assert.Equal(2, Svg().Count(html));
        Assert.Contains("\"Format\":\"58mm\"", await kit.WithDbAsync((db, _) => db.AuditEntries.Where(e => e.Action == "voucher.print").Select(e => e.After!).SingleAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Print_UnknownBatch_NotFound()
    {
        await using var kit = await AdminKit.StartAsync();
        using var client = await kit.SignedInClientAsync(AdminRole.Admin);

        var response = await client.GetAsync(new Uri("/admin/voucher/999/cetak", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [GeneratedRegex("<svg[^>]*viewBox")]
    private static partial Regex Svg();

    [GeneratedRegex("<td class=\"code\">")]
    private static partial Regex Rows();
}
