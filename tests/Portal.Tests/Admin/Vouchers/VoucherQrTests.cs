using System.Xml.Linq;
using KimHotspot.Portal.Features.Admin.Vouchers;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using QRCoder;

namespace KimHotspot.Portal.Tests.Admin.Vouchers;

public class VoucherQrTests
{
    [Theory]
    [InlineData("http://portal.kim.lan", "http://portal.kim.lan/voucher?kode=KMF47HQX")]
    [InlineData("http://10.5.50.1:8080/", "http://10.5.50.1:8080/voucher?kode=KMF47HQX")]
    public void LinkFor_BaseAndCode_OpensVoucherPageWithCode(string baseUrl, string expected) =>
        Assert.Equal(expected, VoucherQr.LinkFor(baseUrl, "KMF47HQX"));

    [Fact]
    public void BaseUrl_NotConfigured_UsesRequestSchemeAndHost()
    {
        var qr = new VoucherQr(Options.Create(new VoucherPrintOptions()));
        var http = new DefaultHttpContext();
        http.Request.Scheme = "http";
        http.Request.Host = new HostString("192.168.88.10", 5000);

        Assert.Equal("http://192.168.88.10:5000", qr.BaseUrl(http.Request));
    }

    [Fact]
    public void BaseUrl_Configured_WinsOverRequest()
    {
        var qr = new VoucherQr(Options.Create(new VoucherPrintOptions { PublicBaseUrl = "https://wifi.desa.id/" }));
        var http = new DefaultHttpContext();
        http.Request.Scheme = "http";
        http.Request.Host = new HostString("127.0.0.1");

        Assert.Equal("https://wifi.desa.id", qr.BaseUrl(http.Request));
    }

    [Theory]
    [InlineData(null, true)]
    [InlineData("http://portal.kim.lan", true)]
    [InlineData("ftp://portal", false)]
    [InlineData("portal.kim.lan", false)]
    public void Options_IsValid_OnlyEmptyOrHttpUrl(string? url, bool valid) =>
        Assert.Equal(valid, new VoucherPrintOptions { PublicBaseUrl = url }.IsValid());

    [Fact]
    public void Svg_ForLink_IsOneSvgElementWithViewBoxAndModules()
    {
        var link = VoucherQr.LinkFor("http://portal.kim.lan", "KMF47HQX");

        var svg = VoucherQr.Svg(link);
        var root = XElement.Parse(svg);

        Assert.Equal("svg", root.Name.LocalName);
        Assert.NotNull(root.Attribute("viewBox"));
        Assert.Null(root.Attribute("width")); // CSS sizes it on the sheet
        Assert.True(svg.Length > 500, "an SVG with modules drawn");
    }

    [Fact]
    public void QrData_ForLink_HoldsTheUrlBytesAtLevelM()
    {
        // The SVG is drawn from this data: check the payload is the link (byte mode) and the version fits it.
        var link = VoucherQr.LinkFor("http://portal.kim.lan", "KMF47HQX");
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(link, QRCodeGenerator.ECCLevel.M);
        using var same = generator.CreateQrCode(link, QRCodeGenerator.ECCLevel.M);
        using var other = generator.CreateQrCode(VoucherQr.LinkFor("http://portal.kim.lan", "ACDE3467"), QRCodeGenerator.ECCLevel.M);

        Assert.Contains("KMF47HQX", link, StringComparison.Ordinal);
        Assert.Equal(Modules(data), Modules(same));
        Assert.NotEqual(Modules(data), Modules(other));
        Assert.Equal(VoucherQr.Svg(link), VoucherQr.Svg(link));
    }

    private static string Modules(QRCodeData data) =>
        string.Concat(data.ModuleMatrix.SelectMany(row => row.Cast<bool>().Select(b => b ? '1' : '0')));
}
