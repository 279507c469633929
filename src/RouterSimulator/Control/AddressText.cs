using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace KimHotspot.RouterSimulator.Control;

/// <summary>Validation of the MAC and IPv4 texts the control API accepts.</summary>
internal static partial class AddressText
{
    /// <summary>Accepts <c>aa:bb:cc:dd:ee:ff</c> or <c>aa-bb-…</c>; returns RouterOS form <c>AA:BB:CC:DD:EE:FF</c>.</summary>
    public static bool TryNormalizeMac(string? text, out string mac)
    {
        mac = string.Empty;
        if (text is null || !MacPattern().IsMatch(text))
        {
            return false;
        }

        mac = text.Replace('-', ':').ToUpperInvariant();
        return true;
    }

    /// <summary>Accepts only dotted-quad IPv4 (<c>10.5.50.23</c>), not the short forms IPAddress.Parse allows.</summary>
    public static bool TryNormalizeIPv4(string? text, out string ip)
    {
        ip = string.Empty;
        if (text is null || !Ipv4Pattern().IsMatch(text) || !IPAddress.TryParse(text, out var address))
        {
            return false;
        }

        var parts = text.Split('.');
        if (parts.Any(p => int.Parse(p, CultureInfo.InvariantCulture) > 255))
        {
            return false;
        }

        ip = address.ToString();
        return true;
    }

    [GeneratedRegex("^[0-9A-Fa-f]{2}([:-])[0-9A-Fa-f]{2}(\\1[0-9A-Fa-f]{2}){4}$", RegexOptions.CultureInvariant)]
    private static partial Regex MacPattern();

    [GeneratedRegex("^[0-9]{1,3}(\\.[0-9]{1,3}){3}$", RegexOptions.CultureInvariant)]
    private static partial Regex Ipv4Pattern();
}
