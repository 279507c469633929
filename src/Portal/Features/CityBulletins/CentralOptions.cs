using System.ComponentModel.DataAnnotations;
using System.Text;

namespace KimHotspot.Portal.Features.CityBulletins;

/// <summary>
/// Section <c>Central</c>: where Diskominfo's Central is and the site credential the Portal pulls city-wide bulletins
/// with (the same site id and key as the village's RouterAgent). No <see cref="Url"/>: nothing is pulled.
/// </summary>
public sealed class CentralOptions : IValidatableObject
{
    public const string Section = "Central";

    /// <summary>Central's base address (e.g. <c>https://central.example.go.id/</c>); empty turns the pull off.</summary>
    public string? Url { get; set; }

    /// <summary>The site id (Kemendagri village code), 1–64 of <c>A-Z a-z 0-9 . _ -</c>.</summary>
    public string? SiteId { get; set; }

    /// <summary>The site key as text; give this or <see cref="SiteKeyFile"/>, not both.</summary>
    public string? SiteKey { get; set; }

    /// <summary>A file holding the site key as text (surrounding whitespace ignored).</summary>
    public string? SiteKeyFile { get; set; }

    /// <summary>Time between pulls.</summary>
    [Range(typeof(TimeSpan), "00:00:05", "1.00:00:00")]
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How long one pull may take.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(60);

    public bool Enabled => !string.IsNullOrWhiteSpace(Url);

    /// <summary>The key bytes: <see cref="SiteKey"/> or the trimmed content of <see cref="SiteKeyFile"/>, as UTF-8.</summary>
    public byte[] LoadKey()
    {
        var text = string.IsNullOrWhiteSpace(SiteKey)
            ? File.ReadAllText(SiteKeyFile ?? throw new InvalidOperationException("No site key configured."))
            : SiteKey;
        return Encoding.UTF8.GetBytes(text.Trim());
    }

    /// <summary>The absolute address of the bulletin feed for <paramref name="since"/>.</summary>
    public Uri FeedUri(long since)
    {
        var baseUri = new Uri(Url!.EndsWith('/') ? Url : Url + "/", UriKind.Absolute);
        return new Uri(baseUri, Contracts.Messages.CityBulletinFeed.Path.TrimStart('/') + "?since=" + since.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Enabled)
        {
            yield break;
        }

        if (!Uri.TryCreate(Url, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
        {
            yield return new ValidationResult("Central:Url must be an absolute http(s) address.", [nameof(Url)]);
        }

        if (SiteId is null || SiteId.Length is 0 or > 64 || !SiteId.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-'))
        {
            yield return new ValidationResult("Central:SiteId must be 1-64 of A-Z a-z 0-9 . _ -.", [nameof(SiteId)]);
        }

        if (string.IsNullOrWhiteSpace(SiteKey) == string.IsNullOrWhiteSpace(SiteKeyFile))
        {
            yield return new ValidationResult("Give exactly one of Central:SiteKey and Central:SiteKeyFile.", [nameof(SiteKey), nameof(SiteKeyFile)]);
        }
        else if (!string.IsNullOrWhiteSpace(SiteKeyFile) && !File.Exists(SiteKeyFile))
        {
            yield return new ValidationResult($"Central:SiteKeyFile '{SiteKeyFile}' does not exist.", [nameof(SiteKeyFile)]);
        }
        else if (LoadKey().Length < 16)
        {
            yield return new ValidationResult("The site key is shorter than 16 bytes.", [nameof(SiteKey), nameof(SiteKeyFile)]);
        }
    }
}
