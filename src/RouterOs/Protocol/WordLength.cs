using System.Buffers;

namespace KimHotspot.RouterOs.Protocol;

/// <summary>
/// The length prefix in front of every API word (reference §1.1): one to five bytes, big-endian,
/// the count of leading one-bits in the first byte selecting the class.
/// </summary>
public static class WordLength
{
    /// <summary>The longest prefix: <c>0xF0</c> followed by four length bytes.</summary>
    public const int MaxPrefixBytes = 5;

    /// <summary>Number of prefix bytes the shortest encoding of <paramref name="length"/> takes.</summary>
    public static int GetPrefixSize(uint length) => length switch
    {
        < 0x80 => 1,
        < 0x4000 => 2,
        < 0x200000 => 3,
        < 0x10000000 => 4,
        _ => 5,
    };

    /// <summary>Writes the shortest prefix for <paramref name="length"/> and returns the bytes written.</summary>
    /// <exception cref="ArgumentException">The destination is shorter than the prefix.</exception>
    public static int Write(Span<byte> destination, uint length)
    {
        int size = GetPrefixSize(length);
        if (destination.Length < size)
        {
            throw new ArgumentException("Destination too short for the length prefix.", nameof(destination));
        }

        switch (size)
        {
            case 1:
                destination[0] = (byte)length;
                break;
            case 2:
                length |= 0x8000;
                destination[0] = (byte)(length >> 8);
                destination[1] = (byte)length;
                break;
            case 3:
                length |= 0xC00000;
                destination[0] = (byte)(length >> 16);
                destination[1] = (byte)(length >> 8);
                destination[2] = (byte)length;
                break;
            case 4:
                length |= 0xE0000000;
                destination[0] = (byte)(length >> 24);
                destination[1] = (byte)(length >> 16);
                destination[2] = (byte)(length >> 8);
                destination[3] = (byte)length;
                break;
            default:
                destination[0] = 0xF0;
                destination[1] = (byte)(length >> 24);
                destination[2] = (byte)(length >> 16);
                destination[3] = (byte)(length >> 8);
                destination[4] = (byte)length;
                break;
        }

        return size;
    }

    /// <summary>
    /// Writes <paramref name="length"/> as a five-byte prefix even when a shorter one would do
    /// (legal, never sent by RouterOS; used by the simulator's fault injection and by tests).
    /// </summary>
    public static int WriteLong(Span<byte> destination, uint length)
    {
        if (destination.Length < MaxPrefixBytes)
        {
            throw new ArgumentException("Destination too short for the length prefix.", nameof(destination));
        }

        destination[0] = 0xF0;
        destination[1] = (byte)(length >> 24);
        destination[2] = (byte)(length >> 16);
        destination[3] = (byte)(length >> 8);
        destination[4] = (byte)length;
        return MaxPrefixBytes;
    }

    /// <summary>
    /// Reads one length prefix. Returns <see langword="false"/> (and leaves the reader where it was)
    /// when the prefix is not complete yet. Non-minimal encodings are accepted.
    /// </summary>
    /// <exception cref="RouterOsProtocolException">The first byte is <c>0xF1</c>–<c>0xFF</c>.</exception>
    public static bool TryRead(ref SequenceReader<byte> reader, out uint length)
    {
        length = 0;
        if (!reader.TryPeek(out byte b0))
        {
            return false;
        }

        int size = b0 switch
        {
            < 0x80 => 1,
            < 0xC0 => 2,
            < 0xE0 => 3,
            < 0xF0 => 4,
            0xF0 => 5,
            _ => throw new RouterOsProtocolException(
                b0 >= 0xF8
                    ? $"Control byte 0x{b0:X2} where a word length was expected."
                    : $"Unsupported length prefix byte 0x{b0:X2} (only 0xF0 starts a five-byte length)."),
        };

        if (reader.Remaining < size)
        {
            return false;
        }

        Span<byte> prefix = stackalloc byte[MaxPrefixBytes];
        prefix = prefix[..size];
        reader.TryCopyTo(prefix);
        reader.Advance(size);

        length = size switch
        {
            1 => b0,
            2 => ((uint)(b0 & 0x3F) << 8) | prefix[1],
            3 => ((uint)(b0 & 0x1F) << 16) | ((uint)prefix[1] << 8) | prefix[2],
            4 => ((uint)(b0 & 0x0F) << 24) | ((uint)prefix[1] << 16) | ((uint)prefix[2] << 8) | prefix[3],
            _ => ((uint)prefix[1] << 24) | ((uint)prefix[2] << 16) | ((uint)prefix[3] << 8) | prefix[4],
        };
        return true;
    }
}
