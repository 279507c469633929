using System.Net;
using KimHotspot.Portal.Features.Admin.Access;

namespace KimHotspot.Portal.Tests.Admin.Vouchers;

public class VoucherAccessTests
{
    public static readonly TheoryData<string> Pages = new()
    {
        "/admin/voucher", "/admin/voucher/baru", "/admin/voucher/1", "/admin/voucher/1/batalkan", "/admin/voucher/1/csv", "/admin/voucher/1/cetak",
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Get_Anonymous_RedirectsToSignIn(string url)
    {
        await using var kit = await AdminKit.StartAsync();
        using var client = kit.AnonymousClient();

        var response = await client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/admin/masuk", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Get_Editor_RedirectsToDenied(string url)
    {
        await using var kit = await AdminKit.StartAsync();
        using var client = await kit.SignedInClientAsync(AdminRole.Editor);

        var response = await client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/admin/ditolak", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_Editor_CannotGenerateOrRevoke()
    {
        await using var kit = await AdminKit.StartAsync();
        using var admin = await kit.SignedInClientAsync(AdminRole.Admin);
        var batchId = await VoucherAdminKit.GenerateBatchAsync(kit, admin, 3);
        using var editor = await kit.SignedInClientAsync(AdminRole.Editor);
        // Authorization runs before the antiforgery check: the editor is turned away whatever the form holds.
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["voucher"] = "1" });

        var response = await editor.PostAsync(new Uri($"/admin/voucher/{batchId}/batalkan", UriKind.Relative), form);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/admin/ditolak", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.All(await VoucherAdminKit.VouchersAsync(kit, batchId), v => Assert.Equal(Features.Vouchers.VoucherState.Unused, v.State));
    }

    [Theory]
    [InlineData("/admin/voucher/baru")]
    [InlineData("/admin/voucher/1/batalkan")]
    public async Task Post_WithoutAntiforgeryToken_Refused400(string url)
    {
        await using var kit = await AdminKit.StartAsync();
        using var client = await kit.SignedInClientAsync(AdminRole.Admin);
        var tier = await VoucherAdminKit.TierAsync(kit);
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Name"] = "X", ["Count"] = "5", ["TierId"] = tier.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), ["Validity"] = "1h", ["CodeLength"] = "8",
        });

        var response = await client.PostAsync(new Uri(url, UriKind.Relative), form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, await kit.WithDbAsync((db, _) => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.Vouchers)));
    }
}
