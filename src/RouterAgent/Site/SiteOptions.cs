using System.ComponentModel.DataAnnotations;
using System.Text;

namespace KimHotspot.RouterAgent.Site;

/// <summary>Section <c>Site</c>: which village this agent speaks for, and the key it signs with.</summary>
public sealed class SiteOptions : IValidatableObject
{
    public const string Section = "Site";

    /// <summary>The site id (Kemendagri village code), 1–64 of <c>A-Z a-z 0-9 . _ -</c>.</summary>
    [Required]
    [RegularExpression("^[A-Za-z0-9._-]{1,64}$")]
    public string Id { get; set; } = "";

    /// <summary>The site's signing key as text (UTF-8); give this or <see cref="KeyFile"/>, not both.</summary>
    public string? Key { get; set; }

    /// <summary>A file holding the site's key as text (surrounding whitespace ignored).</summary>
    public string? KeyFile { get; set; }

    /// <summary>IANA zone where the village's day is counted (distinct devices per day); default the host's zone.</summary>
    public string? TimeZone { get; set; }

    /// <summary>Whether the host's clock counts as synced: <c>Auto</c> asks the kernel (Linux), or say so outright.</summary>
    public ClockSyncMode ClockSync { get; set; } = ClockSyncMode.Auto;

    /// <summary>The key bytes: <see cref="Key"/> or the trimmed content of <see cref="KeyFile"/>, as UTF-8.</summary>
    public byte[] LoadKey()
    {
        var text = string.IsNullOrWhiteSpace(Key)
            ? File.ReadAllText(KeyFile ?? throw new InvalidOperationException("No site key configured."))
            : Key;
        return Encoding.UTF8.GetBytes(text.Trim());
    }

    /// <summary>The zone of <see cref="TimeZone"/>, or <paramref name="fallback"/> when none is set.</summary>
    public TimeZoneInfo Zone(TimeZoneInfo fallback) =>
        string.IsNullOrWhiteSpace(TimeZone) ? fallback : TimeZoneInfo.FindSystemTimeZoneById(TimeZone);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (string.IsNullOrWhiteSpace(Key) == string.IsNullOrWhiteSpace(KeyFile))
        {
            yield return new ValidationResult("Give exactly one of Site:Key and Site:KeyFile.", [nameof(Key), nameof(KeyFile)]);
        }
        else if (!string.IsNullOrWhiteSpace(KeyFile) && !File.Exists(KeyFile))
        {
            yield return new ValidationResult($"Site:KeyFile '{KeyFile}' does not exist.", [nameof(KeyFile)]);
        }
        else if (LoadKey().Length < 16)
        {
            yield return new ValidationResult("The site key is shorter than 16 bytes.", [nameof(Key), nameof(KeyFile)]);
        }

        if (!string.IsNullOrWhiteSpace(TimeZone) && !TimeZoneInfo.TryFindSystemTimeZoneById(TimeZone, out _))
        {
            yield return new ValidationResult($"Site:TimeZone '{TimeZone}' is not a known time zone.", [nameof(TimeZone)]);
        }
    }
}

/// <summary>How the agent decides whether its wall clock is synced (reported with every sample).</summary>
public enum ClockSyncMode
{
    /// <summary>Ask the kernel (<c>adjtimex</c>: unsynchronised state) on Linux; elsewhere trust any clock after 2024.</summary>
    Auto,

    /// <summary>Always report the clock as synced.</summary>
    Synced,

    /// <summary>Never report the clock as synced (Central re-times every sample).</summary>
    Unsynced,
}
