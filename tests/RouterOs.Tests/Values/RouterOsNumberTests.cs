using KimHotspot.RouterOs.Values;

namespace KimHotspot.RouterOs.Tests.Values;

public class RouterOsNumberTests
{
    [Theory]
    [InlineData("0", 0UL)]
    [InlineData("1048576", 1048576UL)]
    [InlineData("5000000000", 5000000000UL)]
    [InlineData("18446744073709551615", ulong.MaxValue)]
    [InlineData(" 42 ", 42UL)]
    [InlineData("0x1F", 31UL)]
    public void ParseUInt64_Decimal_ReturnsValue(string text, ulong expected)
    {
        Assert.Equal(expected, RouterOsNumber.ParseUInt64(text));
        Assert.True(RouterOsNumber.TryParseUInt64(text, out var parsed));
        Assert.Equal(expected, parsed);
    }

    [Theory]
    [InlineData("")]
    [InlineData("-1")]
    [InlineData("1.5")]
    [InlineData("12k")]
    [InlineData("18446744073709551616")]
    [InlineData("0x")]
    public void ParseUInt64_Garbage_Throws(string text)
    {
        Assert.Throws<FormatException>(() => RouterOsNumber.ParseUInt64(text));
        Assert.False(RouterOsNumber.TryParseUInt64(text, out _));
    }

    [Theory]
    [InlineData("5000000000", 5000000000L)]
    [InlineData("-3", -3L)]
    public void ParseInt64_Decimal_ReturnsValue(string text, long expected) =>
        Assert.Equal(expected, RouterOsNumber.ParseInt64(text));

    [Theory]
    [InlineData("1", 1)]
    [InlineData("10", 10)]
    [InlineData("unlimited", null)]
    [InlineData("UNLIMITED", null)]
    public void ParseCountOrUnlimited_Valid_ReturnsCountOrNull(string text, int? expected) =>
        Assert.Equal(expected, RouterOsNumber.ParseCountOrUnlimited(text));

    [Theory]
    [InlineData("")]
    [InlineData("many")]
    [InlineData("-2")]
    public void ParseCountOrUnlimited_Garbage_Throws(string text) =>
        Assert.Throws<FormatException>(() => RouterOsNumber.ParseCountOrUnlimited(text));

    [Theory]
    [InlineData(3, "3")]
    [InlineData(null, "unlimited")]
    public void FormatCountOrUnlimited_Value_Word(int? value, string expected) =>
        Assert.Equal(expected, RouterOsNumber.FormatCountOrUnlimited(value));
}
