using System.Buffers;
using System.Text;
using KimHotspot.RouterOs.Protocol;

namespace KimHotspot.RouterOs.Tests.Protocol;

public class SentenceReaderTests
{
    public static TheoryData<string> SampleNames => new(WireSamples.All.Select(s => s.Name));

    private static (byte[] Wire, string[][] Expected) Sample(string name)
    {
        var s = WireSamples.All.Single(x => x.Name == name);
        return (WireSamples.Bytes(s.Hex), s.Sentences);
    }

    private static void AssertSentences(string[][] expected, List<Sentence> actual)
    {
        Assert.Equal(expected.Length, actual.Count);
        for (int i = 0; i < expected.Length; i++)
        {
            Assert.Equal(expected[i], actual[i].ToStrings());
        }
    }

    [Theory]
    [MemberData(nameof(SampleNames))]
    public void TryRead_WireSampleWhole_ReadsEverySentence(string name)
    {
        var (wire, expected) = Sample(name);
        AssertSentences(expected, Segments.Feed(wire, []));
    }

    [Theory]
    [MemberData(nameof(SampleNames))]
    public void TryRead_WireSampleSplitAtEveryByte_ReadsEverySentence(string name)
    {
        var (wire, expected) = Sample(name);
        for (int cut = 1; cut < wire.Length; cut++)
        {
            AssertSentences(expected, Segments.Feed(wire, [cut]));
        }
    }

    [Theory]
    [MemberData(nameof(SampleNames))]
    public void TryRead_WireSampleOneByteAtATime_ReadsEverySentence(string name)
    {
        var (wire, expected) = Sample(name);
        AssertSentences(expected, Segments.Feed(wire, Enumerable.Range(1, wire.Length)));
    }

    [Fact]
    public void TryRead_AllSamplesBackToBackInOneRead_ReadsThemInOrder()
    {
        var wire = WireSamples.All.SelectMany(s => WireSamples.Bytes(s.Hex)).ToArray();
        var expected = WireSamples.All.SelectMany(s => s.Sentences).ToArray();

        AssertSentences(expected, Segments.Feed(wire, []));
    }

    [Fact]
    public void TryRead_Incomplete_ReturnsFalseAndKeepsBuffer()
    {
        var wire = WireSamples.Bytes(WireSamples.All[0].Hex);
        var buffer = new ReadOnlySequence<byte>(wire[..^1]);

        Assert.False(new SentenceReader().TryRead(ref buffer, out var sentence));
        Assert.Null(sentence);
        Assert.Equal(wire.Length - 1, buffer.Length);
    }

    [Fact]
    public void TryRead_EmptySentences_AreSkipped()
    {
        var wire = new byte[] { 0, 0 }.Concat(WireSamples.Bytes("05 21646F6E65 00")).Concat(new byte[] { 0 }).ToArray();
        var buffer = new ReadOnlySequence<byte>(wire);
        var reader = new SentenceReader();

        Assert.True(reader.TryRead(ref buffer, out var sentence));
        Assert.Equal(["!done"], sentence.ToStrings());
        Assert.False(reader.TryRead(ref buffer, out _));
        Assert.Equal(0, buffer.Length);
    }

    [Fact]
    public void TryRead_WordOverCap_ThrowsProtocolError()
    {
        var wire = SentenceWriter.Encode(["!re", "=comment=" + new string('x', 200)]);
        var buffer = new ReadOnlySequence<byte>(wire);

        Assert.Throws<RouterOsProtocolException>(() => new SentenceReader(maxWordBytes: 100).TryRead(ref buffer, out _));
    }

    [Fact]
    public void TryRead_OverCapLengthBeforeContentArrives_ThrowsWithoutWaiting()
    {
        // A hostile or garbage prefix claiming 256 MiB is refused before any content is buffered.
        var buffer = new ReadOnlySequence<byte>(Convert.FromHexString("F010000000"));

        Assert.Throws<RouterOsProtocolException>(() => new SentenceReader().TryRead(ref buffer, out _));
    }

    [Fact]
    public void TryRead_SentenceOverCap_ThrowsProtocolError()
    {
        var words = Enumerable.Range(0, 10).Select(i => $"=k{i}=" + new string('v', 60)).Prepend("!re");
        var buffer = new ReadOnlySequence<byte>(SentenceWriter.Encode(words));

        Assert.Throws<RouterOsProtocolException>(
            () => new SentenceReader(maxWordBytes: 100, maxSentenceBytes: 300).TryRead(ref buffer, out _));
    }

    [Fact]
    public void TryRead_ControlByteMidStream_ThrowsProtocolError()
    {
        var wire = WireSamples.Bytes("05 21646F6E65 F8");
        var buffer = new ReadOnlySequence<byte>(wire);

        Assert.Throws<RouterOsProtocolException>(() => new SentenceReader().TryRead(ref buffer, out _));
    }

    [Fact]
    public void TryRead_FiveBytePrefixOnShortWord_Decodes()
    {
        var wire = WireSamples.Bytes("F000000005 21646F6E65 00");
        Assert.Equal(["!done"], Segments.Feed(wire, Enumerable.Range(1, wire.Length)).Single().ToStrings());
    }

    [Fact]
    public void TryRead_ValuesWithControlCharactersAndMarkers_AreKeptVerbatim()
    {
        string[] words = ["!re", "=source=:put \"a\";\r\n:log info \"!?\"\0end", "=comment=a=b=c", "=comment=", "=.about=.x"];
        var wire = SentenceWriter.Encode(words);

        Assert.Equal(words, Segments.Feed(wire, Enumerable.Range(1, wire.Length)).Single().ToStrings());
    }

    [Theory]
    [InlineData(0x7F)]
    [InlineData(0x80)]
    [InlineData(0x3FFF)]
    [InlineData(0x4000)]
    [InlineData(0x1FFFFF)]
    [InlineData(0x200000)]
    public void TryRead_WordAtClassBoundary_RoundTrips(int length)
    {
        var word = Encoding.ASCII.GetBytes("=x=" + new string('a', length - 3));
        var output = new ArrayBufferWriter<byte>();
        SentenceWriter.WriteSentence(output, Sentence.FromWords(new[] { "!re"u8.ToArray(), word }));
        var buffer = new ReadOnlySequence<byte>(output.WrittenMemory);

        Assert.True(new SentenceReader().TryRead(ref buffer, out var sentence));
        Assert.Equal(length, sentence[1].Length);
        Assert.True(sentence[1].SequenceEqual(word));
    }

    [Fact]
    public void EncodeThenRead_RandomSentences_RoundTripAtRandomCuts()
    {
        var random = new Random(42);
        for (int round = 0; round < 300; round++)
        {
            var words = Enumerable.Range(0, random.Next(1, 12))
                .Select(_ => RandomWord(random))
                .ToArray();
            var wire = SentenceWriter.Encode(words.Select(w => Encoding.Latin1.GetString(w)), new WordEncoding(Encoding.Latin1, Encoding.Latin1));
            var cuts = Enumerable.Range(0, random.Next(0, 6)).Select(_ => random.Next(1, wire.Length)).ToArray();

            var sentence = Segments.Feed(wire, cuts).Single();
            Assert.Equal(words.Length, sentence.Count);
            for (int i = 0; i < words.Length; i++)
            {
                Assert.True(sentence[i].SequenceEqual(words[i]));
            }
        }
    }

    private static byte[] RandomWord(Random random)
    {
        int length = random.Next(4) switch { 0 => random.Next(1, 128), 1 => random.Next(120, 300), 2 => random.Next(16_000, 17_000), _ => random.Next(1, 20) };
        var bytes = new byte[length];
        random.NextBytes(bytes);
        return bytes;
    }
}
