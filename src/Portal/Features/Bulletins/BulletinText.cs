using System.Globalization;
using System.Runtime.CompilerServices;
using AngleSharp.Dom;
using Ganss.Xss;
using Markdig;
using Microsoft.AspNetCore.Html;

namespace KimHotspot.Portal.Features.Bulletins;

/// <summary>
/// Shows a bulletin's Markdown safely: Markdig with a small pipeline (paragraphs, emphasis, lists, quotes, links,
/// autolinks; raw HTML and headings off), then HtmlSanitizer keeps only the tags that pipeline makes and links to
/// http, https, mailto and tel (with <c>rel="nofollow noopener"</c>).
/// </summary>
/// <remarks>
/// The splash is the hottest page, so the rendered HTML is remembered per body <em>string instance</em>
/// (a <see cref="ConditionalWeakTable{TKey,TValue}"/>): the bulletins in <see cref="PublicContent"/>'s snapshot
/// render once and then cost a reference lookup per view; when a save drops the snapshot its strings and their
/// HTML are collected with it. No size limit or expiry is needed, and an edited body can never show stale HTML.
/// </remarks>
public static class BulletinText
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder { MaximumNestingDepth = 16 }
        .DisableHtml()
        .DisableHeadings()
        .UseEmphasisExtras(Markdig.Extensions.EmphasisExtras.EmphasisExtraOptions.Strikethrough)
        .UseAutoLinks()
        .UseSoftlineBreakAsHardlineBreak()
        .Build();

    private static readonly HtmlSanitizer Sanitizer = CreateSanitizer();
    private static readonly ConditionalWeakTable<string, HtmlString> Rendered = [];

    /// <summary>The safe HTML of <paramref name="body"/> (Markdown), remembered while the string lives.</summary>
    public static IHtmlContent ToHtml(string? body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return HtmlString.Empty;
        }

        return Rendered.GetValue(body, static text => new HtmlString(Render(text)));
    }

    /// <summary>Renders and sanitizes without remembering (tests, previews).</summary>
    public static string Render(string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        // Markdig ends a line break with a newline; drop it so the HTML stays small (the text is unchanged).
        return Sanitizer.Sanitize(Markdown.ToHtml(body, Pipeline)).Replace("<br>\n", "<br>", StringComparison.Ordinal).Trim();
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

    /// <summary>
    /// The pixel size stored in an uploaded image's name (<c>…-960x540.jpg</c>), so pages can reserve the space
    /// before the picture loads; null for names without it.
    /// </summary>
    public static (int Width, int Height)? ImageSize(string? name)
    {
        var stem = Path.GetFileNameWithoutExtension(name);
        int dash = stem?.LastIndexOf('-') ?? -1;
        if (dash < 0)
        {
            return null;
        }

        var parts = stem![(dash + 1)..].Split('x');
        return parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out int w)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out int h)
            && w > 0 && h > 0
            ? (w, h)
            : null;
    }

    private static HtmlSanitizer CreateSanitizer()
    {
        var options = new HtmlSanitizerOptions
        {
            AllowedTags = new HashSet<string>(
                ["p", "br", "em", "strong", "del", "ul", "ol", "li", "a", "blockquote", "code", "pre", "hr"],
                StringComparer.OrdinalIgnoreCase),
            AllowedAttributes = new HashSet<string>(["href", "start"], StringComparer.OrdinalIgnoreCase),
            AllowedSchemes = new HashSet<string>(["http", "https", "mailto", "tel"], StringComparer.OrdinalIgnoreCase),
            UriAttributes = new HashSet<string>(["href", "src"], StringComparer.OrdinalIgnoreCase),
        };
        var sanitizer = new HtmlSanitizer(options) { KeepChildNodes = true };
        sanitizer.PostProcessNode += (_, e) =>
        {
            if (e.Node is IElement { LocalName: "a" } link)
            {
                link.SetAttribute("rel", "nofollow noopener");
            }
        };
        return sanitizer;
    }
}
