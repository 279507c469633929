using System.Globalization;

namespace KimHotspot.RouterOs.Values;

/// <summary>
/// RouterOS numbers: decimal strings (byte counters exceed 2³², so 64-bit), occasionally <c>0x</c> hex, and
/// <c>unlimited</c> for counts such as <c>shared-users</c>.
/// </summary>
public static class RouterOsNumber
{
    /// <summary>Parses an unsigned 64-bit number (decimal or <c>0x</c> hex).</summary>
    /// <exception cref="FormatException">Not a non-negative integer in range.</exception>
    public static ulong ParseUInt64(string text) =>
        TryParseUInt64(text, out var value) ? value : throw new FormatException($"Not an unsigned number: '{text}'.");

    /// <summary>Parses an unsigned 64-bit number without throwing.</summary>
    public static bool TryParseUInt64(string? text, out ulong value)
    {
        var s = (text ?? string.Empty).Trim();
        return s.StartsWith("0x", StringComparison.OrdinalIgnoreCase)
            ? ulong.TryParse(s.AsSpan(2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out value)
            : ulong.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>Parses a signed 64-bit decimal number.</summary>
    /// <exception cref="FormatException">Not an integer in range.</exception>
    public static long ParseInt64(string text) =>
        TryParseInt64(text, out var value) ? value : throw new FormatException($"Not a number: '{text}'.");

    /// <summary>Parses a signed 64-bit decimal number without throwing.</summary>
    public static bool TryParseInt64(string? text, out long value) =>
        long.TryParse((text ?? string.Empty).Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);

    /// <summary>Parses a count that may be <c>unlimited</c> (returned as <see langword="null"/>).</summary>
    /// <exception cref="FormatException">Neither a non-negative integer nor <c>unlimited</c>.</exception>
    public static int? ParseCountOrUnlimited(string text) =>
        TryParseCountOrUnlimited(text, out var value) ? value : throw new FormatException($"Not a count: '{text}'.");

    /// <summary>Parses a count or <c>unlimited</c> without throwing.</summary>
    public static bool TryParseCountOrUnlimited(string? text, out int? value)
    {
        value = null;
        var s = (text ?? string.Empty).Trim();
        if (s.Equals("unlimited", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (!int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
        {
            return false;
        }

        value = n;
        return true;
    }

    /// <summary>Formats a count; <see langword="null"/> becomes <c>unlimited</c>.</summary>
    public static string FormatCountOrUnlimited(int? value) =>
        value is { } n ? n.ToString(CultureInfo.InvariantCulture) : "unlimited";
}
