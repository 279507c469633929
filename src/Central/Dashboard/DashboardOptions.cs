using System.ComponentModel.DataAnnotations;

namespace KimHotspot.Central.Dashboard;

/// <summary>Section <c>Dashboard</c>: the map, live refresh and the low-usage rule of the overview.</summary>
public sealed class DashboardOptions : IValidatableObject
{
    public const string Section = "Dashboard";

    /// <summary>
    /// An OSM-style tile URL template (<c>https://tiles.example/{z}/{x}/{y}.png</c>). Empty (the default): no tile layer,
    /// sites are drawn on a plain background with kecamatan labels, and Central's pages fetch nothing from elsewhere.
    /// </summary>
    public string MapTileUrl { get; set; } = "";

    /// <summary>The attribution the tile provider asks for (shown in the map corner when tiles are on).</summary>
    public string MapTileAttribution { get; set; } = "";

    /// <summary>How often the pages poll for live figures (default 15 s).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>A site is flagged "Pemakaian rendah" below this share of the fleet median (default 0.25 = 25 %).</summary>
    [Range(0.01, 0.99)]
    public double LowUsageFraction { get; set; } = 0.25;

    /// <summary>Fewest sites with a full 30-day window before any site is flagged (a median of two means little).</summary>
    [Range(2, 100_000)]
    public int LowUsageMinimumSites { get; set; } = 3;

    /// <summary>How long the fleet charts' series and the 30-day usage figures are reused (they change slowly).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan SlowFiguresCache { get; set; } = TimeSpan.FromMinutes(1);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (MapTileUrl.Length == 0)
        {
            yield break;
        }

        bool web = MapTileUrl.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || MapTileUrl.StartsWith("http://", StringComparison.OrdinalIgnoreCase);
        if (!web || !MapTileUrl.Contains("{z}", StringComparison.Ordinal) || !MapTileUrl.Contains("{x}", StringComparison.Ordinal)
            || !MapTileUrl.Contains("{y}", StringComparison.Ordinal))
        {
            yield return new ValidationResult(
                "Dashboard:MapTileUrl must be empty or an http(s) template with {z}, {x} and {y}.", [nameof(MapTileUrl)]);
        }
    }
}
