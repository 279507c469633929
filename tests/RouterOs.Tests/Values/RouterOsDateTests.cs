using KimHotspot.RouterOs.Values;

namespace KimHotspot.RouterOs.Tests.Values;

public class RouterOsDateTests
{
    private static readonly DateTime Today = new(2025, 3, 14);

    public static TheoryData<string, DateTime> ValidForms => new()
    {
        { "2023-06-01 12:11:25", new DateTime(2023, 6, 1, 12, 11, 25) },
        { "jun/01/2023 12:11:25", new DateTime(2023, 6, 1, 12, 11, 25) },
        { "Jun/01/2023 12:11:25", new DateTime(2023, 6, 1, 12, 11, 25) },
        { "DEC/04/2020 14:19:51", new DateTime(2020, 12, 4, 14, 19, 51) },
        { "Jun/01/2023", new DateTime(2023, 6, 1) },
        { "2023-06-01", new DateTime(2023, 6, 1) },
        { "jun/01 12:11:25", new DateTime(2025, 6, 1, 12, 11, 25) },
        { "12:11:25", new DateTime(2025, 3, 14, 12, 11, 25) },
        { "jan/01/1970 00:00:10", new DateTime(1970, 1, 1, 0, 0, 10) },
        { " 2025-03-11 11:59:04 ", new DateTime(2025, 3, 11, 11, 59, 4) },
    };

    [Theory]
    [MemberData(nameof(ValidForms))]
    public void Parse_ValidForm_ReturnsDateTime(string text, DateTime expected)
    {
        Assert.Equal(expected, RouterOsDate.Parse(text, Today));
        Assert.True(RouterOsDate.TryParse(text, Today, out var parsed));
        Assert.Equal(expected, parsed);
    }

    [Fact]
    public void Parse_Result_IsUnspecifiedKind() =>
        Assert.Equal(DateTimeKind.Unspecified, RouterOsDate.Parse("2023-06-01 12:11:25", Today).Kind);

    [Fact]
    public void Parse_TimeOnlyWithReferenceTime_UsesReferenceDate() =>
        Assert.Equal(new DateTime(2025, 3, 14, 1, 2, 3),
            RouterOsDate.Parse("01:02:03", new DateTime(2025, 3, 14, 23, 59, 0)));

    [Theory]
    [InlineData("")]
    [InlineData("yesterday")]
    [InlineData("foo/01/2023 12:11:25")]
    [InlineData("jun/32/2023 12:11:25")]
    [InlineData("2023-13-01 12:11:25")]
    [InlineData("2023-06-01 25:11:25")]
    [InlineData("2023-06-01T12:11:25")]
    [InlineData("jun/01/2023 12:11")]
    public void Parse_Garbage_Throws(string text)
    {
        Assert.Throws<FormatException>(() => RouterOsDate.Parse(text, Today));
        Assert.False(RouterOsDate.TryParse(text, Today, out _));
    }

    [Fact]
    public void TryParse_NoReferenceAndPartialDate_False()
    {
        Assert.False(RouterOsDate.TryParse("12:11:25", null, out _));
        Assert.True(RouterOsDate.TryParse("2023-06-01 12:11:25", null, out var full));
        Assert.Equal(new DateTime(2023, 6, 1, 12, 11, 25), full);
    }

    [Theory]
    [InlineData("jun/01/2023", "12:11:25")]
    [InlineData("2023-06-01", "12:11:25")]
    [InlineData("JUN/01/2023", "12:11:25")]
    public void ParseDateAndTime_SeparateFields_Combined(string date, string time) =>
        Assert.Equal(new DateTime(2023, 6, 1, 12, 11, 25), RouterOsDate.ParseDateAndTime(date, time));

    [Theory]
    [InlineData("jun/01/2023", "")]
    [InlineData("", "12:11:25")]
    [InlineData("2023-06-01", "12-11-25")]
    public void ParseDateAndTime_Garbage_Throws(string date, string time) =>
        Assert.Throws<FormatException>(() => RouterOsDate.ParseDateAndTime(date, time));

    [Theory]
    [InlineData(RouterOsDateStyle.Iso, "2023-06-01 12:11:25")]
    [InlineData(RouterOsDateStyle.Legacy, "jun/01/2023 12:11:25")]
    public void Format_Style_RoundTrips(RouterOsDateStyle style, string expected)
    {
        var value = new DateTime(2023, 6, 1, 12, 11, 25);
        Assert.Equal(expected, RouterOsDate.Format(value, style));
        Assert.Equal(value, RouterOsDate.Parse(expected, Today));
    }
}
