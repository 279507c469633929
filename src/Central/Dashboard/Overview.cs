using KimHotspot.Central.Sweeper;

namespace KimHotspot.Central.Dashboard;

/// <summary>One site on the overview.</summary>
public sealed record OverviewRow(
    string SiteId,
    string Name,
    string Kecamatan,
    double? Latitude,
    double? Longitude,
    SiteStatus Status,
    StatusReason Reason,
    DateTimeOffset? LastSeen,
    long? RouterUptimeSeconds,
    int? ActiveUsers,
    long BytesToday,
    int OpenAlerts,
    bool LowUsage);

/// <summary>The summary tiles above the list.</summary>
public sealed record OverviewTiles(int Online, int Stale, int Offline, int Unknown, int UsersNow, long BytesToday, int LowUsage, int OpenAlerts);

/// <summary>Every watched site and the fleet totals, as of <see cref="At"/>.</summary>
public sealed record Overview(IReadOnlyList<OverviewRow> Sites, OverviewTiles Tiles, DateTimeOffset At)
{
    public static OverviewTiles Sum(IReadOnlyCollection<OverviewRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return new OverviewTiles(
            rows.Count(r => r.Status == SiteStatus.Online),
            rows.Count(r => r.Status == SiteStatus.Stale),
            rows.Count(r => r.Status == SiteStatus.Offline),
            rows.Count(r => r.Status == SiteStatus.Unknown),
            rows.Where(r => r.Status is SiteStatus.Online or SiteStatus.Stale).Sum(r => r.ActiveUsers ?? 0),
            rows.Sum(r => r.BytesToday),
            rows.Count(r => r.LowUsage),
            rows.Sum(r => r.OpenAlerts));
    }
}
