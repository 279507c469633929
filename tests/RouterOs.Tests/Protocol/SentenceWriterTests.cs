using System.Buffers;
using KimHotspot.RouterOs.Protocol;

namespace KimHotspot.RouterOs.Tests.Protocol;

public class SentenceWriterTests
{
    [Theory]
    [InlineData("login")]
    [InlineData("tagged print")]
    public void Encode_ReferenceSentence_MatchesWireBytesExactly(string name)
    {
        var sample = WireSamples.All.Single(s => s.Name == name);

        var wire = SentenceWriter.Encode(sample.Sentences[0]);

        Assert.Equal(WireSamples.Bytes(sample.Hex), wire);
    }

    [Fact]
    public void Encode_LoginSentence_Is37Bytes() =>
        Assert.Equal(37, SentenceWriter.Encode(["/login", "=name=admin", "=password=secret"]).Length);

    [Fact]
    public void Encode_TaggedPrint_Is78Bytes() =>
        Assert.Equal(78, SentenceWriter.Encode(["/ip/hotspot/active/print", "=.proplist=.id,user,address", "?server=hotspot1", ".tag=7"]).Length);

    [Fact]
    public void WriteSentence_EmptyWord_IsRefused() =>
        Assert.Throws<ArgumentException>(() => SentenceWriter.Encode(["/login", ""]));

    [Fact]
    public void WriteWord_NonAsciiText_PrefixCountsBytesNotChars()
    {
        var output = new ArrayBufferWriter<byte>();
        SentenceWriter.WriteWord(output, "=comment=é");

        // "=comment=é" is 10 characters but 11 UTF-8 bytes.
        Assert.Equal(11, output.WrittenSpan[0]);
        Assert.Equal(12, output.WrittenCount);
    }

    [Fact]
    public void WriteWord_LongPrefix_UsesFiveBytes()
    {
        var output = new ArrayBufferWriter<byte>();
        SentenceWriter.WriteWord(output, "!re"u8, longPrefix: true);

        Assert.Equal("F000000003217265", Convert.ToHexString(output.WrittenSpan));
    }
}
