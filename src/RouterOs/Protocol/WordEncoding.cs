using System.Text;
using System.Text.Unicode;

namespace KimHotspot.RouterOs.Protocol;

/// <summary>
/// How word bytes become strings (reference §1.8). RouterOS stores raw bytes with no declared
/// encoding: this decodes valid UTF-8 as UTF-8 and anything else as a fallback single-byte
/// encoding (Latin-1 by default, which round-trips every byte), and encodes with UTF-8.
/// </summary>
public sealed class WordEncoding
{
    /// <summary>UTF-8 with a Latin-1 fallback.</summary>
    public static WordEncoding Default { get; } = new(Encoding.UTF8, Encoding.Latin1);

    /// <summary>Creates an encoding policy.</summary>
    /// <param name="encoding">Used to encode outgoing words and to decode valid UTF-8 when it is UTF-8.</param>
    /// <param name="fallback">Used for incoming bytes that are not valid UTF-8.</param>
    public WordEncoding(Encoding encoding, Encoding fallback)
    {
        Encoding = encoding ?? throw new ArgumentNullException(nameof(encoding));
        Fallback = fallback ?? throw new ArgumentNullException(nameof(fallback));
    }

    /// <summary>Encoding for outgoing words.</summary>
    public Encoding Encoding { get; }

    /// <summary>Encoding for incoming bytes that are not valid in <see cref="Encoding"/>.</summary>
    public Encoding Fallback { get; }

    /// <summary>Decodes a word (or part of one).</summary>
    public string GetString(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty)
        {
            return string.Empty;
        }

        if (Encoding.CodePage == Encoding.UTF8.CodePage)
        {
            return Utf8.IsValid(bytes) ? Encoding.UTF8.GetString(bytes) : Fallback.GetString(bytes);
        }

        return Encoding.GetString(bytes);
    }

    /// <summary>Encodes a word.</summary>
    public byte[] GetBytes(string text) => Encoding.GetBytes(text);
}
