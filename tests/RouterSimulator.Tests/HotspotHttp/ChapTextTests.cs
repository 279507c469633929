using KimHotspot.RouterSimulator.HotspotHttp;

namespace KimHotspot.RouterSimulator.Tests.HotspotHttp;

public class ChapTextTests
{
    private const string ReferenceChallenge = @"\357\015\330\013\021\234\145\245\303\253\142\246\133\175\375\316";

    [Fact]
    public void Escape_ReferenceBytes_OctalForEveryByteEvenPrintable()
    {
        byte[] challenge = Convert.FromHexString("ef0dd80b119c65a5c3ab62a65b7dfdce");

        Assert.Equal(ReferenceChallenge, ChapText.Escape(challenge));
        Assert.Equal(@"\371", ChapText.Escape([0xF9]));
        Assert.Equal(@"\000\377\145", ChapText.Escape([0x00, 0xFF, (byte)'e']));
    }

    [Fact]
    public void Unescape_EscapeOfAllByteValues_RoundTrips()
    {
        byte[] all = Enumerable.Range(0, 256).Select(i => (byte)i).ToArray();

        Assert.Equal(all, ChapText.Unescape(ChapText.Escape(all)));
    }

    [Fact]
    public void Unescape_ReferenceVector_HashMatchesReference()
    {
        byte[] id = ChapText.Unescape(@"\371");
        byte[] challenge = ChapText.Unescape(ReferenceChallenge);

        string hash = ChapHash.Compute(id, "secret", challenge);

        Assert.Single(id);
        Assert.Equal(16, challenge.Length);
        Assert.Equal("e5627b636f982d6233d0cf5931d404c2", hash);
    }

    [Theory]
    [InlineData(@"ab", new byte[] { 0x61, 0x62 })]
    [InlineData(@"\12", new byte[] { 0x5C, 0x31, 0x32 })]
    [InlineData(@"\400", new byte[] { 0x5C, 0x34, 0x30, 0x30 })]
    [InlineData(@"x\101y", new byte[] { 0x78, 0x41, 0x79 })]
    public void Unescape_NonEscapes_AreLiteralLatin1Bytes(string text, byte[] expected)
    {
        Assert.Equal(expected, ChapText.Unescape(text));
    }
}
