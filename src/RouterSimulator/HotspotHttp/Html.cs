using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;

namespace KimHotspot.RouterSimulator.HotspotHttp;

/// <summary>Small helpers shared by the hotspot pages.</summary>
internal static class Html
{
    public static string E(string? text) => HtmlEncoder.Default.Encode(text ?? string.Empty);

    public static string Page(string title, string body, string? onload = null)
    {
        string load = onload is null ? string.Empty : $" onload=\"{E(onload)}\"";
        return $"""
            <!DOCTYPE html>
            <html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <meta http-equiv="pragma" content="no-cache"><title>{E(title)}</title></head>
            <body{load}>
            {body}
            </body></html>
            """;
    }

    /// <summary>RouterOS duration style: largest unit first, zero parts omitted, "0s" for zero.</summary>
    public static string Duration(TimeSpan value)
    {
        if (value <= TimeSpan.Zero)
        {
            return "0s";
        }

        var text = new StringBuilder();
        long total = (long)value.TotalSeconds;
        Append(text, total / 604800, 'w');
        Append(text, total % 604800 / 86400, 'd');
        Append(text, total % 86400 / 3600, 'h');
        Append(text, total % 3600 / 60, 'm');
        Append(text, total % 60, 's');
        return text.Length == 0 ? "0s" : text.ToString();
    }

    public static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static void Append(StringBuilder text, long amount, char unit)
    {
        if (amount > 0)
        {
            text.Append(amount.ToString(CultureInfo.InvariantCulture)).Append(unit);
        }
    }
}
