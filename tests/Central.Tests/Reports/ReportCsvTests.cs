using System.Text;
using KimHotspot.Central.Reports;

namespace KimHotspot.Central.Tests.Reports;

public class ReportCsvTests
{
    private static readonly ReportMonth October = ReportMonth.Of(2026, 10, TimeZoneInfo.FindSystemTimeZoneById("Asia/Makassar"));

    [Fact]
    public void Write_Report_BomHeaderSemicolonsAndDecimalComma()
    {
        var report = new MonthlyReport(October, DateTimeOffset.UnixEpoch, true,
            [new SiteMonth("71.74.01.2001", "Mogolaing", "Kotamobagu Barat", 744, 720, 700_000, 70_000, 1400, 17, 40, 25.5, 2)]);

        var bytes = ReportCsv.Write(report, key => key);

        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n");
        Assert.Equal(3, lines.Length); // header, one site, empty after the last CRLF
        Assert.Equal(string.Join(';', ReportCsv.Columns), lines[0]);
        Assert.Equal("71.74.01.2001;Mogolaing;Kotamobagu Barat;744,0;96,77;24,0;700000;70000;1400;17;40;25,5;2", lines[1]);
        Assert.Equal("", lines[2]);
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\"")]
    [InlineData("+62 811", "'+62 811")]
    [InlineData("-1+2", "'-1+2")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tTab", "'\tTab")]
    [InlineData("Desa; Timur", "\"Desa; Timur\"")]
    [InlineData("Baris\nDua", "\"Baris\nDua\"")]
    [InlineData("Biasa", "Biasa")]
    public void Text_DangerousOrSpecialCell_GuardedAndQuoted(string value, string expected) =>
        Assert.Equal(expected, ReportCsv.Text(value));

    [Fact]
    public void Write_VillageNameWithFormula_CellStartsWithApostrophe()
    {
        var report = new MonthlyReport(October, DateTimeOffset.UnixEpoch, true,
            [new SiteMonth("71.74.01.2009", "=cmd|' /C calc'!A0", "-Jahat", 0, 0, 0, 0, 0, 0, 0, 0, 0)]);

        var text = Encoding.UTF8.GetString(ReportCsv.Write(report, key => key)[3..]);
        var cells = text.Split("\r\n")[1].Split(';');

        Assert.Equal("'=cmd|' /C calc'!A0", cells[1]);
        Assert.Equal("'-Jahat", cells[2]);
        Assert.Equal("", cells[4]); // no period: no uptime
    }
}
