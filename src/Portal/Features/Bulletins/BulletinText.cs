using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace KimHotspot.Portal.Features.Bulletins;

/// <summary>
/// Shows a bulletin's Markdown source safely without a Markdown library: blank lines separate paragraphs,
/// single line breaks stay line breaks, and every character is HTML-encoded (no markup gets through).
/// </summary>
public static class BulletinText
{
    public static IHtmlContent ToHtml(string? body)
    {
        var html = new StringBuilder();
        var text = (body ?? string.Empty).Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        foreach (var paragraph in text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            html.Append("<p>");
            var lines = paragraph.Split('\n', StringSplitOptions.TrimEntries);
            for (int i = 0; i < lines.Length; i++)
            {
                if (i > 0)
                {
                    html.Append("<br>");
                }

                html.Append(HtmlEncoder.Default.Encode(lines[i]));
            }

            html.Append("</p>");
        }

        return new HtmlString(html.ToString());
    }

    /// <summary>True for a stored image name that is safe to serve (no folders, a known picture extension).</summary>
    public static bool IsImageName(string? name) =>
        !string.IsNullOrEmpty(name) && name.Length <= 100
        && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.')
        && !name.StartsWith('.')
        && ContentType(name) is not null;

    public static string? ContentType(string name) => Path.GetExtension(name).ToLowerInvariant() switch
    {
        ".jpg" or ".jpeg" => "image/jpeg",
        ".png" => "image/png",
        ".webp" => "image/webp",
        ".gif" => "image/gif",
        _ => null,
    };
}
