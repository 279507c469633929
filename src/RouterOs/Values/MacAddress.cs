using System.Text;

namespace KimHotspot.RouterOs.Values;

/// <summary>MAC addresses in RouterOS form: upper-case hex pairs joined by colons (<c>AA:BB:CC:DD:EE:FF</c>).</summary>
public static class MacAddress
{
    /// <summary>
    /// Normalises <c>aa:bb:cc:dd:ee:ff</c>, <c>aa-bb-cc-dd-ee-ff</c>, <c>aabbccddeeff</c> or <c>aabb.ccdd.eeff</c>
    /// to <c>AA:BB:CC:DD:EE:FF</c>.
    /// </summary>
    /// <exception cref="FormatException">Not a 48-bit MAC address in one of those forms.</exception>
    public static string Normalize(string text) =>
        TryNormalize(text, out var value) ? value : throw new FormatException($"Not a MAC address: '{text}'.");

    /// <summary>Normalises without throwing.</summary>
    public static bool TryNormalize(string? text, out string value)
    {
        value = string.Empty;
        var s = (text ?? string.Empty).Trim();
        string hex;
        if (s.Length == 17 && (IsSeparated(s, ':') || IsSeparated(s, '-')))
        {
            hex = string.Concat(s.Where((_, i) => i % 3 != 2));
        }
        else if (s.Length == 14 && s[4] == '.' && s[9] == '.')
        {
            hex = string.Concat(s.AsSpan(0, 4), s.AsSpan(5, 4), s.AsSpan(10, 4));
        }
        else
        {
            hex = s;
        }

        if (hex.Length != 12 || !hex.All(char.IsAsciiHexDigit))
        {
            return false;
        }

        var sb = new StringBuilder(17);
        for (var i = 0; i < 12; i += 2)
        {
            if (i > 0)
            {
                sb.Append(':');
            }

            sb.Append(char.ToUpperInvariant(hex[i])).Append(char.ToUpperInvariant(hex[i + 1]));
        }

        value = sb.ToString();
        return true;
    }

    /// <summary>True when both texts normalise to the same address.</summary>
    public static bool AreEqual(string? a, string? b) =>
        TryNormalize(a, out var x) && TryNormalize(b, out var y) && x == y;

    private static bool IsSeparated(string s, char separator)
    {
        for (var i = 2; i < s.Length; i += 3)
        {
            if (s[i] != separator)
            {
                return false;
            }
        }

        return true;
    }
}
