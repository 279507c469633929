using System.Globalization;
using KimHotspot.Central.Dashboard;

namespace KimHotspot.Central.Tests.Dashboard;

public sealed class DashboardFormatTests
{
    private static readonly CultureInfo Id = new("id-ID");

    [Theory]
    [InlineData(0, "0 B")]
    [InlineData(950, "950 B")]
    [InlineData(1_200_000_000, "1,2 GB")]
    [InlineData(15_000_000, "15 MB")]
    [InlineData(250_000_000_000, "250 GB")]
    [InlineData(3_450_000_000_000, "3,5 TB")]
    public void Bytes_IndonesianCulture_DecimalUnitsWithComma(long bytes, string expected) =>
        Assert.Equal(expected, DashboardFormat.Bytes(bytes, Id));

    [Fact]
    public void Bytes_English_UsesPoint() => Assert.Equal("1.2 GB", DashboardFormat.Bytes(1_200_000_000, new CultureInfo("en")));

    [Fact]
    public void Number_IndonesianCulture_GroupsWithPoints() => Assert.Equal("12.345", DashboardFormat.Number(12_345, Id));
}
