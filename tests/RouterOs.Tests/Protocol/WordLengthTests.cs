using System.Buffers;
using KimHotspot.RouterOs.Protocol;

namespace KimHotspot.RouterOs.Tests.Protocol;

public class WordLengthTests
{
    // Boundary table of routeros-reference.md §1.1.
    public static TheoryData<uint, string> Boundaries => new()
    {
        { 0x00, "00" },
        { 0x01, "01" },
        { 0x7F, "7F" },
        { 0x80, "8080" },
        { 0x81, "8081" },
        { 0xC8, "80C8" },
        { 0xFF, "80FF" },
        { 0x100, "8100" },
        { 0x3E8, "83E8" },
        { 0x3FFF, "BFFF" },
        { 0x4000, "C04000" },
        { 0x4005, "C04005" },
        { 0x1FFFFF, "DFFFFF" },
        { 0x200000, "E0200000" },
        { 0xFFFFFFF, "EFFFFFFF" },
        { 0x10000000, "F010000000" },
        { 0xFFFFFFFF, "F0FFFFFFFF" },
    };

    [Theory]
    [MemberData(nameof(Boundaries))]
    public void Write_Boundary_UsesShortestPrefix(uint length, string hex)
    {
        var buffer = new byte[5];
        int written = WordLength.Write(buffer, length);

        Assert.Equal(hex, Convert.ToHexString(buffer, 0, written));
        Assert.Equal(written, WordLength.GetPrefixSize(length));
    }

    [Theory]
    [MemberData(nameof(Boundaries))]
    public void TryRead_Boundary_DecodesLength(uint length, string hex)
    {
        var reader = new SequenceReader<byte>(new ReadOnlySequence<byte>(Convert.FromHexString(hex)));

        Assert.True(WordLength.TryRead(ref reader, out uint decoded));
        Assert.Equal(length, decoded);
        Assert.Equal(0, reader.Remaining);
    }

    [Theory]
    [MemberData(nameof(Boundaries))]
    public void TryRead_PrefixSplitAcrossSegments_DecodesLength(uint length, string hex)
    {
        var bytes = Convert.FromHexString(hex);
        for (int cut = 1; cut < bytes.Length; cut++)
        {
            var reader = new SequenceReader<byte>(Segments.Create(bytes[..cut], bytes[cut..]));
            Assert.True(WordLength.TryRead(ref reader, out uint decoded));
            Assert.Equal(length, decoded);
        }
    }

    [Theory]
    [MemberData(nameof(Boundaries))]
    public void TryRead_IncompletePrefix_NeedsMoreDataAndConsumesNothing(uint length, string hex)
    {
        _ = length;
        var bytes = Convert.FromHexString(hex);
        for (int have = 0; have < bytes.Length; have++)
        {
            var reader = new SequenceReader<byte>(new ReadOnlySequence<byte>(bytes[..have]));
            Assert.False(WordLength.TryRead(ref reader, out _));
            Assert.Equal(0, reader.Consumed);
        }
    }

    [Theory]
    [InlineData("8005", 5u)]
    [InlineData("C00005", 5u)]
    [InlineData("E0000005", 5u)]
    [InlineData("F000000005", 5u)]
    [InlineData("F00000007F", 127u)]
    public void TryRead_NonMinimalEncoding_IsAccepted(string hex, uint expected)
    {
        var reader = new SequenceReader<byte>(new ReadOnlySequence<byte>(Convert.FromHexString(hex)));

        Assert.True(WordLength.TryRead(ref reader, out uint decoded));
        Assert.Equal(expected, decoded);
    }

    [Theory]
    [InlineData(0xF1)]
    [InlineData(0xF7)]
    [InlineData(0xF8)]
    [InlineData(0xFF)]
    public void TryRead_ControlOrUnsupportedByte_ThrowsProtocolError(int first)
    {
        var bytes = new byte[] { (byte)first, 0, 0, 0, 1 };

        var ex = Assert.Throws<RouterOsProtocolException>(() =>
        {
            var reader = new SequenceReader<byte>(new ReadOnlySequence<byte>(bytes));
            WordLength.TryRead(ref reader, out _);
        });
        Assert.Contains($"0x{first:X2}", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WriteThenRead_RandomLengths_RoundTrip()
    {
        var random = new Random(20261128);
        var buffer = new byte[5];
        for (int i = 0; i < 20_000; i++)
        {
            // Spread over every class: pick a bit width, then a value of that width.
            uint length = (uint)(random.NextInt64(0, 1L << random.Next(0, 33)) & 0xFFFFFFFF);
            int written = WordLength.Write(buffer, length);
            var reader = new SequenceReader<byte>(new ReadOnlySequence<byte>(buffer, 0, written));

            Assert.True(WordLength.TryRead(ref reader, out uint decoded));
            Assert.Equal(length, decoded);
        }
    }

    [Fact]
    public void WriteLong_SmallLength_IsReadBack()
    {
        var buffer = new byte[5];
        Assert.Equal(5, WordLength.WriteLong(buffer, 6));
        Assert.Equal("F000000006", Convert.ToHexString(buffer));
    }
}
