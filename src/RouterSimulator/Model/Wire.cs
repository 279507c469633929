using System.Text;
using KimHotspot.RouterOs.Protocol;

namespace KimHotspot.RouterSimulator.Model;

/// <summary>
/// The simulator keeps every value as a "byte string": one char per byte (Latin-1), so values are
/// stored exactly as received and echoed unchanged, whatever their encoding (reference §1.8).
/// </summary>
internal static class Wire
{
    /// <summary>Encoding of byte strings: Latin-1 maps every byte to one char and back.</summary>
    public static Encoding Bytes => Encoding.Latin1;

    /// <summary>Word encoding for the codec that keeps bytes as they are.</summary>
    public static WordEncoding WordEncoding { get; } = new(Encoding.Latin1, Encoding.Latin1);

    /// <summary>A .NET string (from HTTP, options, tests) as the UTF-8 byte string the router stores.</summary>
    public static string FromText(string text) => Encoding.Latin1.GetString(Encoding.UTF8.GetBytes(text));

    /// <summary>A stored byte string shown as text (UTF-8 when valid, Latin-1 otherwise).</summary>
    public static string ToText(string wire) => WordEncoding.Default.GetString(Encoding.Latin1.GetBytes(wire));

    /// <summary>Decodes a received word.</summary>
    public static string Decode(ReadOnlySpan<byte> word) => Encoding.Latin1.GetString(word);
}
