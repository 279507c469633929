using KimHotspot.RouterOs.Values;

namespace KimHotspot.RouterOs.Tests.Values;

public class RouterOsBoolTests
{
    [Theory]
    [InlineData("true", true)]
    [InlineData("false", false)]
    [InlineData("yes", true)]
    [InlineData("no", false)]
    [InlineData("TRUE", true)]
    [InlineData("No", false)]
    [InlineData(" yes ", true)]
    public void Parse_KnownWord_ReturnsBool(string text, bool expected)
    {
        Assert.Equal(expected, RouterOsBool.Parse(text));
        Assert.True(RouterOsBool.TryParse(text, out var parsed));
        Assert.Equal(expected, parsed);
    }

    [Theory]
    [InlineData("")]
    [InlineData("1")]
    [InlineData("on")]
    [InlineData("yess")]
    public void Parse_Garbage_Throws(string text)
    {
        Assert.Throws<FormatException>(() => RouterOsBool.Parse(text));
        Assert.False(RouterOsBool.TryParse(text, out _));
    }

    [Fact]
    public void TryParse_Null_False() => Assert.False(RouterOsBool.TryParse(null, out _));

    [Theory]
    [InlineData(true, RouterOsBoolStyle.TrueFalse, "true")]
    [InlineData(false, RouterOsBoolStyle.TrueFalse, "false")]
    [InlineData(true, RouterOsBoolStyle.YesNo, "yes")]
    [InlineData(false, RouterOsBoolStyle.YesNo, "no")]
    public void Format_Style_ReturnsWord(bool value, RouterOsBoolStyle style, string expected) =>
        Assert.Equal(expected, RouterOsBool.Format(value, style));

    [Fact]
    public void Format_DefaultStyle_YesNoWhichEveryVersionAccepts() =>
        Assert.Equal("yes", RouterOsBool.Format(true));
}
