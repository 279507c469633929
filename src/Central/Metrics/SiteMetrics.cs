using KimHotspot.Central.Data;
using KimHotspot.Central.Live;
using KimHotspot.Central.Sweeper;
using Microsoft.EntityFrameworkCore;

namespace KimHotspot.Central.Metrics;

/// <summary>
/// The Prometheus page: per-site gauges (labels <c>site_id</c>, <c>kecamatan</c>) for every watched site, then fleet
/// gauges. A figure the site never reported is absent rather than zero.
/// </summary>
internal sealed class SiteMetrics(CentralDb db, ISiteStatusBoard board, ILiveState live, IPortalReachability portals, TimeProvider time)
{
    public async Task<string> RenderAsync(CancellationToken cancellationToken)
    {
        var sites = await db.Sites.AsNoTracking().Where(s => !s.Archived)
            .OrderBy(s => s.Id).Select(s => new { s.Id, s.Kecamatan }).ToListAsync(cancellationToken);
        var figures = (await live.GetAllAsync(cancellationToken)).ToDictionary(l => l.SiteId, StringComparer.Ordinal);
        var now = time.GetUtcNow();
        var rows = sites.Select(s => new Row(s.Id, s.Kecamatan ?? "", board.Get(s.Id), figures.GetValueOrDefault(s.Id), portals.IsReachable(s.Id))).ToList();

        var text = new PrometheusText();
        Gauge(text, rows, "kim_site_up", "1 when the site is online (reports arrive on time), else 0.",
            r => r.Status == SiteStatus.Online ? 1 : 0);
        Gauge(text, rows, "kim_site_status", "Site status: 0 unknown, 1 online, 2 stale, 3 offline.", r => (int)r.Status);
        Gauge(text, rows, "kim_site_last_seen_seconds", "Seconds since Central last received a batch from the site (absent if never).",
            r => r.LastSeen is { } seen ? Math.Max(0, (now - seen).TotalSeconds) : null);
        Gauge(text, rows, "kim_site_active_users", "Hotspot sessions active at the site's newest report.", r => r.Live?.ActiveUsers);
        Gauge(text, rows, "kim_site_router_cpu_percent", "Router CPU load in percent at the newest report.", r => r.Live?.CpuLoadPercent);
        Gauge(text, rows, "kim_site_router_memory_free_bytes", "Router free memory in bytes at the newest report.", r => r.Live?.MemoryFreeBytes);
        Gauge(text, rows, "kim_site_outbox_depth", "Reports waiting in the site agent's outbox.", r => r.Live?.OutboxDepth);
        Gauge(text, rows, "kim_site_portal_reachable", "1 when the gateway's health check reaches the site's Portal, 0 when not (absent if unknown).",
            r => r.PortalReachable is { } up ? (up ? 1 : 0) : null);

        text.Family("kim_sites", "gauge", "Watched (not archived) sites by status.");
        foreach (var status in Enum.GetValues<SiteStatus>())
        {
            text.Sample("kim_sites", rows.Count(r => r.Status == status), ("status", status.ToString().ToLowerInvariant()));
        }

        return text.ToString();
    }

    private static void Gauge(PrometheusText text, List<Row> rows, string name, string help, Func<Row, double?> value)
    {
        text.Family(name, "gauge", help);
        foreach (var row in rows)
        {
            if (value(row) is { } v)
            {
                text.Sample(name, v, ("site_id", row.SiteId), ("kecamatan", row.Kecamatan));
            }
        }
    }

    private sealed record Row(string SiteId, string Kecamatan, SiteStatusEntry? Entry, SiteLive? Live, bool? PortalReachable)
    {
        public SiteStatus Status => Entry?.Status ?? SiteStatus.Unknown;

        public DateTimeOffset? LastSeen => Entry?.LastSeen ?? Live?.LastSeen;
    }
}
