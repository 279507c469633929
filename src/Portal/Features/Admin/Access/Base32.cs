using System.Text;

namespace KimHotspot.Portal.Features.Admin.Access;

/// <summary>RFC 4648 Base32 (A–Z, 2–7), the form authenticator apps take a typed secret in. Written without padding.</summary>
public static class Base32
{
    private const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    public static string Encode(ReadOnlySpan<byte> data)
    {
        var text = new StringBuilder((data.Length * 8 + 4) / 5);
        int buffer = 0, bits = 0;
        foreach (var b in data)
        {
            buffer = ((buffer << 8) | b) & 0xFFFF;
            bits += 8;
            while (bits >= 5)
            {
                text.Append(Alphabet[(buffer >> (bits - 5)) & 31]);
                bits -= 5;
            }
        }

        if (bits > 0)
        {
            text.Append(Alphabet[(buffer << (5 - bits)) & 31]);
        }

        return text.ToString();
    }

    /// <summary>The encoding in groups of four, easier to type from a screen: "GEZD GNBV …".</summary>
    public static string Grouped(ReadOnlySpan<byte> data) => string.Join(' ', Encode(data).Chunk(4).Select(c => new string(c)));

    /// <summary>Decodes, ignoring case, spaces, dashes and trailing padding.</summary>
    public static bool TryDecode(string? text, out byte[] data)
    {
        var bytes = new List<byte>();
        int buffer = 0, bits = 0;
        foreach (var c in (text ?? string.Empty).TrimEnd('='))
        {
            if (c is ' ' or '-')
            {
                continue;
            }

            var value = Alphabet.IndexOf(char.ToUpperInvariant(c), StringComparison.Ordinal);
            if (value < 0)
            {
                data = [];
                return false;
            }

            buffer = ((buffer << 5) | value) & 0xFFFF;
            bits += 5;
            if (bits >= 8)
            {
                bytes.Add((byte)(buffer >> (bits - 8)));
                bits -= 8;
            }
        }

        data = [.. bytes];
        return true;
    }
}
