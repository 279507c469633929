using System.Text;

namespace KimHotspot.RouterSimulator.HotspotHttp;

/// <summary>
/// The router's rendering of <c>$(chap-id)</c> and <c>$(chap-challenge)</c>: a backslash and three
/// octal digits for every byte (reference §6.4), plus the decoding a portal has to do.
/// </summary>
internal static class ChapText
{
    public static string Escape(ReadOnlySpan<byte> bytes)
    {
        var text = new StringBuilder(bytes.Length * 4);
        foreach (byte b in bytes)
        {
            text.Append('\\')
                .Append((char)('0' + ((b >> 6) & 7)))
                .Append((char)('0' + ((b >> 3) & 7)))
                .Append((char)('0' + (b & 7)));
        }

        return text.ToString();
    }

    /// <summary>Decodes <c>\ooo</c> sequences; any other character stands for its own (Latin-1) byte.</summary>
    public static byte[] Unescape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var bytes = new List<byte>(text.Length / 4 + 1);
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\' && i + 3 < text.Length && text[i + 1] is >= '0' and <= '3' &&
                IsOctal(text, i + 2) && IsOctal(text, i + 3))
            {
                int value = ((text[i + 1] - '0') << 6) | ((text[i + 2] - '0') << 3) | (text[i + 3] - '0');
                bytes.Add((byte)value);
                i += 3;
            }
            else
            {
                bytes.Add((byte)text[i]);
            }
        }

        return [.. bytes];
    }

    private static bool IsOctal(string text, int index) =>
        index < text.Length && text[index] is >= '0' and <= '7';
}
