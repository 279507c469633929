using System.Globalization;
using KimHotspot.Central.Localization;
using Microsoft.Extensions.Localization;

namespace KimHotspot.Central.Dashboard;

/// <summary>A site as the overview's live script receives it: raw figures plus the texts to show (request culture).</summary>
public sealed record OverviewSiteJson(
    string Id,
    string Name,
    string Kecamatan,
    double? Lat,
    double? Lon,
    string Status,
    string StatusText,
    string Reason,
    DateTimeOffset? LastSeen,
    string LastSeenText,
    string UptimeText,
    int? Users,
    long BytesToday,
    string BytesTodayText,
    int OpenAlerts,
    bool LowUsage);

/// <summary>The summary tiles with their texts.</summary>
public sealed record OverviewTilesJson(
    int Online, int Stale, int Offline, int Unknown, int UsersNow, string UsersNowText, long BytesToday, string BytesTodayText, int LowUsage, int OpenAlerts);

/// <summary>The answer of <c>GET /api/dashboard/overview</c>.</summary>
public sealed record OverviewJson(DateTimeOffset At, OverviewTilesJson Tiles, IReadOnlyList<OverviewSiteJson> Sites)
{
    public static OverviewJson From(Overview overview, IStringLocalizer<SharedResource> t)
    {
        ArgumentNullException.ThrowIfNull(overview);
        var c = CultureInfo.CurrentCulture;
        var tiles = overview.Tiles;
        return new OverviewJson(
            overview.At,
            new OverviewTilesJson(tiles.Online, tiles.Stale, tiles.Offline, tiles.Unknown, tiles.UsersNow,
                DashboardFormat.Number(tiles.UsersNow, c), tiles.BytesToday, DashboardFormat.Bytes(tiles.BytesToday, c), tiles.LowUsage, tiles.OpenAlerts),
            [.. overview.Sites.Select(r => Site(r, overview.At, t, c))]);
    }

    public static OverviewSiteJson Site(OverviewRow r, DateTimeOffset now, IStringLocalizer<SharedResource> t, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(r);
        return new OverviewSiteJson(
            r.SiteId, r.Name, r.Kecamatan, r.Latitude, r.Longitude,
            DashboardFormat.StatusClass(r.Status), DashboardFormat.Status(r.Status, t), DashboardFormat.Reason(r.Reason, t),
            r.LastSeen, DashboardFormat.Ago(r.LastSeen, now, t), DashboardFormat.Duration(r.RouterUptimeSeconds, t),
            r.ActiveUsers, r.BytesToday, DashboardFormat.Bytes(r.BytesToday, culture), r.OpenAlerts, r.LowUsage);
    }
}
