using System.Globalization;
using KimHotspot.Central.Localization;
using Microsoft.Extensions.Localization;

namespace KimHotspot.Central.Dashboard;

/// <summary>The answer of <c>GET /api/dashboard/sites/{id}</c>: the site page's header and pipeline figures, with texts.</summary>
public sealed record SiteLiveJson(
    string Id,
    string Status,
    string StatusText,
    string Reason,
    DateTimeOffset? LastSeen,
    string LastSeenText,
    string UptimeText,
    int? Users,
    int? CpuPercent,
    double? MemoryUsedPercent,
    int? OutboxDepth,
    string OldestUnsentText,
    long? DroppedReports,
    long? ClockOffsetMs,
    int OpenAlerts)
{
    public static SiteLiveJson From(SiteSnapshot s, IStringLocalizer<SharedResource> t)
    {
        ArgumentNullException.ThrowIfNull(s);
        var live = s.Live;
        return new SiteLiveJson(
            s.Site.Id, DashboardFormat.StatusClass(s.Status), DashboardFormat.Status(s.Status, t), DashboardFormat.Reason(s.Reason, t),
            s.LastSeen, DashboardFormat.Ago(s.LastSeen, s.At, t), DashboardFormat.Duration(live?.RouterUptimeSeconds, t),
            live?.ActiveUsers, live?.CpuLoadPercent, s.MemoryUsedPercent, live?.OutboxDepth,
            DashboardFormat.Duration(live?.OldestUnsentAgeSeconds, t), live?.DroppedReports, live?.ClockOffsetMs, s.OpenAlerts);
    }
}
