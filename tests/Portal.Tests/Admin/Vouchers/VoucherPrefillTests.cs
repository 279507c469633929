using System.Net;
using KimHotspot.Portal.Features.Admin.Access;
using KimHotspot.Portal.Features.Vouchers;

namespace KimHotspot.Portal.Tests.Admin.Vouchers;

/// <summary>The QR link <c>/voucher?kode=X</c>: code filled in now (live attempt) or kept in a cookie for the splash page.</summary>
public class VoucherPrefillTests
{
    private const string Mac = "AA:BB:CC:44:55:66";

    [Fact]
    public async Task Get_WithAttempt_FormPrefilledWithNormalizedCode()
    {
        await using var kit = await AdminKit.StartAsync();
        using var resident = VoucherAdminKit.ResidentClient(kit);
        var attempt = await VoucherAdminKit.JoinAsync(kit, Mac, "10.5.50.31");

        var response = await resident.GetAsync(new Uri($"/voucher?a={attempt}&kode=kmf4-7hqx", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal("KMF47HQX", VoucherAdminKit.PrefilledCode(html));
        Assert.False(response.Headers.Contains("Set-Cookie") && response.Headers.GetValues("Set-Cookie").Any(c => c.StartsWith(RedeemModel.CodeCookie, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Get_WithoutAttempt_KeepsCodeInLaxHttpOnlyCookie_AndExplains()
    {
        await using var kit = await AdminKit.StartAsync();
        using var resident = VoucherAdminKit.ResidentClient(kit);

        var response = await resident.GetAsync(new Uri("/voucher?kode=KMF47HQX", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(RedeemModel.CodeCookie + "=", StringComparison.Ordinal));
        Assert.StartsWith("kim_kode=KMF47HQX;", cookie, StringComparison.Ordinal);
        Assert.Contains("max-age=1800", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Kode voucher sudah disimpan", html, StringComparison.Ordinal);
        Assert.Contains("buka situs apa saja", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("%3Cscript%3E")]
    [InlineData("AB")]
    [InlineData("ABCDEFGHJKMNPQRTUV")]
    [InlineData("%20%20")]
    public async Task Get_WithoutAttempt_ImplausibleCode_NoCookie(string kode)
    {
        await using var kit = await AdminKit.StartAsync();
        using var resident = VoucherAdminKit.ResidentClient(kit);

        var response = await resident.GetAsync(new Uri("/voucher?kode=" + kode, UriKind.Relative));

        Assert.False(response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith(RedeemModel.CodeCookie, StringComparison.Ordinal)));
        Assert.DoesNotContain("Kode voucher sudah disimpan", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Splash_WithSavedCodeCookie_VoucherFormPrefilled()
    {
        await using var kit = await AdminKit.StartAsync();
        using var resident = VoucherAdminKit.ResidentClient(kit);
        var attempt = await VoucherAdminKit.JoinAsync(kit, Mac, "10.5.50.32");
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/?a={attempt}");
        request.Headers.Add("Cookie", RedeemModel.CodeCookie + "=KMF47HQX");

        var html = await (await resident.SendAsync(request)).Content.ReadAsStringAsync();
        var plain = await resident.GetStringAsync(new Uri($"/?a={attempt}", UriKind.Relative));

        Assert.Equal("KMF47HQX", VoucherAdminKit.PrefilledCode(html));
        Assert.Equal(string.Empty, VoucherAdminKit.PrefilledCode(plain) ?? string.Empty);
    }

    [Fact]
    public async Task QrFlow_ScanBeforeJoining_ThenRedeemFromSplash_LogsInAndClearsCookie()
    {
        await using var kit = await AdminKit.StartAsync();
        using var admin = await kit.SignedInClientAsync(AdminRole.Admin);
        var batchId = await VoucherAdminKit.GenerateBatchAsync(kit, admin, 1);
        var voucher = (await VoucherAdminKit.VouchersAsync(kit, batchId))[0];
        using var resident = VoucherAdminKit.ResidentClient(kit);
        var scanned = await resident.GetAsync(new Uri("/voucher?kode=" + voucher.Code, UriKind.Relative));
        var cookie = scanned.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(RedeemModel.CodeCookie, StringComparison.Ordinal)).Split(';')[0];
        var attempt = await VoucherAdminKit.JoinAsync(kit, Mac, "10.5.50.33");
        using var splash = new HttpRequestMessage(HttpMethod.Get, $"/?a={attempt}");
        splash.Headers.Add("Cookie", cookie);
        var prefilled = VoucherAdminKit.PrefilledCode(await (await resident.SendAsync(splash)).Content.ReadAsStringAsync());

        var redeemed = await VoucherAdminKit.RedeemAsync(resident, attempt, prefilled!);

        Assert.Equal(voucher.Code, prefilled);
        Assert.Equal(HttpStatusCode.Redirect, redeemed.StatusCode);
        Assert.Contains(kit.App.Router.ActiveSessions(), s => s.User == voucher.RouterUser);
        Assert.Contains(redeemed.Headers.GetValues("Set-Cookie"), c => c.StartsWith(RedeemModel.CodeCookie + "=;", StringComparison.Ordinal));
    }
}
