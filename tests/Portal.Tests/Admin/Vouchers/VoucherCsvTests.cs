using System.Text;
using KimHotspot.Portal.Features.Admin.Vouchers;
using KimHotspot.Portal.Features.Vouchers;
using KimHotspot.Portal.Localization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace KimHotspot.Portal.Tests.Admin.Vouchers;

public class VoucherCsvTests
{
    private static readonly IStringLocalizer<SharedResource> T =
        new StringLocalizer<SharedResource>(new ResourceManagerStringLocalizerFactory(
            Options.Create(new LocalizationOptions()), Microsoft.Extensions.Logging.Abstractions.NullLoggerFactory.Instance));

    [Theory]
    [InlineData("ABC", "ABC")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\r\nlines", "\"two\r\nlines\"")]
    [InlineData("=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\"")]
    [InlineData("+62", "'+62")]
    [InlineData("", "")]
    public void Field_Escapes(string value, string expected) => Assert.Equal(expected, VoucherCsv.Field(value));

    [Fact]
    public void Build_BomHeaderAndOneLinePerCode()
    {
        var used = new DateTimeOffset(2026, 11, 28, 7, 0, 0, TimeSpan.Zero);
        var rows = new[]
        {
            new VoucherCsv.Row("KMF47HQX", VoucherState.Unused, null, null, "Paket, \"hemat\""),
            new VoucherCsv.Row("ACDE3467", VoucherState.Active, used, used.AddDays(1), "Paket, \"hemat\""),
        };

        var bytes = VoucherCsv.Build(rows, T);

        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n");
        Assert.Equal(4, lines.Length); // header, two rows, empty after the last CRLF
        Assert.Equal(5, lines[0].Split(',').Length);
        Assert.StartsWith("KMF47HQX,", lines[1], StringComparison.Ordinal);
        Assert.EndsWith(",\"Paket, \"\"hemat\"\"\"", lines[1], StringComparison.Ordinal);
        Assert.Contains(VoucherText.Local(used), lines[2], StringComparison.Ordinal);
        Assert.Equal(string.Empty, lines[3]);
    }
}
