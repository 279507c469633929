using KimHotspot.RouterOs.Values;

namespace KimHotspot.RouterOs.Tests.Values;

public class RouterOsDurationTests
{
    public static TheoryData<string, TimeSpan> ValidForms => new()
    {
        { "0s", TimeSpan.Zero },
        { "45s", TimeSpan.FromSeconds(45) },
        { "5m", TimeSpan.FromMinutes(5) },
        { "1h2m3s", new TimeSpan(1, 2, 3) },
        { "1d2h3m4s", new TimeSpan(1, 2, 3, 4) },
        { "1w2d", TimeSpan.FromDays(9) },
        { "71w3d", TimeSpan.FromDays((71 * 7) + 3) },
        { "2d20h12m20s", new TimeSpan(2, 20, 12, 20) },
        { "551us", TimeSpan.FromMicroseconds(551) },
        { "10ms", TimeSpan.FromMilliseconds(10) },
        { "1s500ms", TimeSpan.FromMilliseconds(1500) },
        { "10ms482us", TimeSpan.FromMicroseconds(10482) },
        { "900ns", TimeSpan.FromTicks(9) },
        { "01:22:53", new TimeSpan(1, 22, 53) },
        { "00:05:00", TimeSpan.FromMinutes(5) },
        { "6w6d18:33:07", new TimeSpan(48, 18, 33, 7) },
        { "1d02:03:04", new TimeSpan(1, 2, 3, 4) },
        { "00:00:01.5", TimeSpan.FromMilliseconds(1500) },
        { "30:00:00", TimeSpan.FromHours(30) },
        { "-5s", TimeSpan.FromSeconds(-5) },
        { "-1h30m", -new TimeSpan(1, 30, 0) },
        { " 1h ", TimeSpan.FromHours(1) },
        { "1H2M", new TimeSpan(1, 2, 0) },
        { "immediately", TimeSpan.Zero },
        { "0", TimeSpan.Zero },
        { "90", TimeSpan.FromSeconds(90) },
    };

    [Theory]
    [MemberData(nameof(ValidForms))]
    public void Parse_ValidForm_ReturnsTimeSpan(string text, TimeSpan expected)
    {
        Assert.Equal(expected, RouterOsDuration.Parse(text));
        Assert.True(RouterOsDuration.TryParse(text, out var parsed));
        Assert.Equal(expected, parsed);
    }

    [Theory]
    [InlineData("none")]
    [InlineData("NONE")]
    [InlineData("never")]
    [InlineData("unlimited")]
    [InlineData("")]
    [InlineData("   ")]
    public void Parse_NoLimitWord_ReturnsNull(string text)
    {
        Assert.Null(RouterOsDuration.Parse(text));
        Assert.True(RouterOsDuration.TryParse(text, out var parsed));
        Assert.Null(parsed);
    }

    [Fact]
    public void Parse_Null_ReturnsNull() => Assert.Null(RouterOsDuration.Parse(null));

    [Theory]
    [InlineData("abc")]
    [InlineData("1x")]
    [InlineData("h")]
    [InlineData("1h2")]
    [InlineData("1h-2m")]
    [InlineData("--1s")]
    [InlineData("-")]
    [InlineData("1:2")]
    [InlineData("01:60:00")]
    [InlineData("01:22:53x")]
    [InlineData("1s2h")]
    [InlineData("1m1m")]
    [InlineData("1d 2h")]
    [InlineData("99999999999999999999w")]
    [InlineData("00:00:01.")]
    [InlineData("sometime")]
    public void Parse_Garbage_Throws(string text)
    {
        Assert.Throws<FormatException>(() => RouterOsDuration.Parse(text));
        Assert.False(RouterOsDuration.TryParse(text, out _));
    }

    [Theory]
    [InlineData(0, "0s")]
    [InlineData(45, "45s")]
    [InlineData(3600, "1h")]
    [InlineData(3723, "1h2m3s")]
    [InlineData(93784, "1d2h3m4s")]
    [InlineData(777600, "1w2d")]
    public void Format_WholeSeconds_UnitFormLargestFirst(int seconds, string expected) =>
        Assert.Equal(expected, RouterOsDuration.Format(TimeSpan.FromSeconds(seconds)));

    [Fact]
    public void Format_SubSecond_UsesMilliseconds() =>
        Assert.Equal("1s500ms", RouterOsDuration.Format(TimeSpan.FromMilliseconds(1500)));

    [Fact]
    public void Format_Microseconds_UsesUs() =>
        Assert.Equal("10ms482us", RouterOsDuration.Format(TimeSpan.FromMicroseconds(10482)));

    [Fact]
    public void Format_Negative_LeadingMinus() =>
        Assert.Equal("-1m30s", RouterOsDuration.Format(TimeSpan.FromSeconds(-90)));

    [Theory]
    [InlineData("1d2h3m4s")]
    [InlineData("71w3d")]
    [InlineData("10ms482us")]
    [InlineData("6w6d18:33:07")]
    [InlineData("00:00:01.5")]
    [InlineData("0s")]
    public void FormatThenParse_RoundTrips(string text)
    {
        var value = RouterOsDuration.Parse(text)!.Value;
        Assert.Equal(value, RouterOsDuration.Parse(RouterOsDuration.Format(value)));
    }
}
