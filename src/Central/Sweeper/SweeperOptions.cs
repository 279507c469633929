using System.ComponentModel.DataAnnotations;

namespace KimHotspot.Central.Sweeper;

/// <summary>Section <c>Sweeper</c>: how often site statuses are computed and when a site counts as stale or offline.</summary>
public sealed class SweeperOptions
{
    public const string Section = "Sweeper";

    /// <summary>Time between sweeps (default 15 s).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan Interval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Reports missed in a row before a site is STALE (default 3 × the site's report interval).</summary>
    [Range(1, 100)]
    public int MissedReportsForStale { get; set; } = 3;

    /// <summary>Silence after which a site is OFFLINE (default 15 minutes; never before it is stale).</summary>
    [Range(typeof(TimeSpan), "00:00:10", "7.00:00:00")]
    public TimeSpan OfflineAfter { get; set; } = TimeSpan.FromMinutes(15);
}
