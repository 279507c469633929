using System.Globalization;

namespace KimHotspot.RouterSimulator.Model;

/// <summary>How values look on the wire for one version profile (booleans, dates).</summary>
internal sealed class ValueFormat(VersionProfile profile)
{
    /// <summary>The profile this formats for.</summary>
    public VersionProfile Profile { get; } = profile;

    /// <summary><c>true/false</c>, or <c>yes/no</c> on old versions.</summary>
    public string Bool(bool value) => Profile.YesNoBooleans ? (value ? "yes" : "no") : (value ? "true" : "false");

    /// <summary><c>2023-06-01 12:11:25</c> from 7.10, <c>jun/01/2023 12:11:25</c> before.</summary>
    public string DateTime(DateTime value) => Date(value) + " " + value.ToString("HH:mm:ss", CultureInfo.InvariantCulture);

    /// <summary>The date part alone.</summary>
    public string Date(DateTime value) => Profile.IsoDates
        ? value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
        : value.ToString("MMM/dd/yyyy", CultureInfo.InvariantCulture).ToLowerInvariant();

    /// <summary>Integer in invariant decimal.</summary>
    public static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Accepts <c>true/false/yes/no</c> in any case.</summary>
    public static bool TryParseBool(string text, out bool value)
    {
        switch (text.ToLowerInvariant())
        {
            case "true" or "yes":
                value = true;
                return true;
            case "false" or "no":
                value = false;
                return true;
            default:
                value = false;
                return false;
        }
    }
}
