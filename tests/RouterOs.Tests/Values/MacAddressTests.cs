using KimHotspot.RouterOs.Values;

namespace KimHotspot.RouterOs.Tests.Values;

public class MacAddressTests
{
    [Theory]
    [InlineData("AA:BB:CC:DD:EE:FF", "AA:BB:CC:DD:EE:FF")]
    [InlineData("aa:bb:cc:dd:ee:ff", "AA:BB:CC:DD:EE:FF")]
    [InlineData("aa-bb-cc-dd-ee-0f", "AA:BB:CC:DD:EE:0F")]
    [InlineData("aabbccddeeff", "AA:BB:CC:DD:EE:FF")]
    [InlineData("aabb.ccdd.eeff", "AA:BB:CC:DD:EE:FF")]
    [InlineData(" 00:11:22:33:44:55 ", "00:11:22:33:44:55")]
    public void Normalize_KnownForms_UpperColon(string text, string expected)
    {
        Assert.Equal(expected, MacAddress.Normalize(text));
        Assert.True(MacAddress.TryNormalize(text, out var normalized));
        Assert.Equal(expected, normalized);
    }

    [Theory]
    [InlineData("")]
    [InlineData("AA:BB:CC:DD:EE")]
    [InlineData("AA:BB:CC:DD:EE:FF:00")]
    [InlineData("GG:BB:CC:DD:EE:FF")]
    [InlineData("AA:BB-CC:DD:EE:FF")]
    [InlineData("A:BB:CC:DD:EE:FF0")]
    public void Normalize_Garbage_Throws(string text)
    {
        Assert.Throws<FormatException>(() => MacAddress.Normalize(text));
        Assert.False(MacAddress.TryNormalize(text, out _));
    }

    [Fact]
    public void AreEqual_DifferentSpelling_True() =>
        Assert.True(MacAddress.AreEqual("aa-bb-cc-dd-ee-ff", "AA:BB:CC:DD:EE:FF"));
}
