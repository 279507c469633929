using KimHotspot.Portal.Features.Members;
using KimHotspot.RouterOs.Values;

namespace KimHotspot.Portal.Features.Admin.Tiers;

/// <summary>Short texts of a tier's limits for lists ("–" for none).</summary>
public static class TierText
{
    public static string Duration(TimeSpan? value) => value is { } v ? RouterOsDuration.Format(v) : "–";

    public static string Data(long? bytes) => bytes switch
    {
        null => "–",
        { } b when b % (TierForm.Megabyte * 1024) == 0 => (b / (TierForm.Megabyte * 1024)).ToString(System.Globalization.CultureInfo.CurrentCulture) + " GB",
        { } b => (b / TierForm.Megabyte).ToString(System.Globalization.CultureInfo.CurrentCulture) + " MB",
    };

    public static string Rate(Tier tier)
    {
        ArgumentNullException.ThrowIfNull(tier);
        return string.IsNullOrEmpty(tier.RateLimit) ? "–" : tier.RateLimit;
    }
}
