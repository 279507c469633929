using KimHotspot.RouterSimulator.Model;

namespace KimHotspot.RouterSimulator.Tests.Model;

public class DurationsTests
{
    [Theory]
    [InlineData(0, "0s")]
    [InlineData(45, "45s")]
    [InlineData(3723, "1h2m3s")]
    [InlineData(93784, "1d2h3m4s")]
    [InlineData(777600, "1w2d")]
    public void Format_Seconds_UnitForm(int seconds, string expected) =>
        Assert.Equal(expected, Durations.Format(TimeSpan.FromSeconds(seconds)));

    [Theory]
    [InlineData("1h2m3s", 3723)]
    [InlineData("10ms", 0.01)]
    [InlineData("1d02:03:04", 93784)]
    [InlineData("30m", 1800)]
    [InlineData("90", 90)]
    public void TryParse_Variants_Parse(string text, double seconds)
    {
        Assert.True(Durations.TryParse(text, out var value));
        Assert.Equal(TimeSpan.FromSeconds(seconds), value);
    }

    [Theory]
    [InlineData("none")]
    [InlineData("0s")]
    [InlineData("")]
    public void TryParseLimit_NoLimitForms_Null(string text)
    {
        Assert.True(Durations.TryParseLimit(text, out var value));
        Assert.Null(value);
    }

    [Fact]
    public void TryParse_Garbage_False() => Assert.False(Durations.TryParse("soon", out _));
}
