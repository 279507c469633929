using KimHotspot.Central.Data;
using KimHotspot.Central.Live;
using KimHotspot.Central.Sweeper;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace KimHotspot.Central.Dashboard;

/// <summary>
/// Builds the overview from the registry, the status board, the live state and a few grouped SQL sums: a handful of
/// queries whatever the number of sites.
/// </summary>
public sealed class OverviewQuery(
    CentralDb db,
    ISiteStatusBoard board,
    ILiveState live,
    UsageQuery usage,
    SlowFigures slow,
    TimeProvider time,
    IOptions<DashboardOptions> options)
{
    public async Task<Overview> LoadAsync(CancellationToken cancellationToken)
    {
        var sites = await db.Sites.AsNoTracking().Where(s => !s.Archived)
            .Select(s => new { s.Id, s.Name, s.Kecamatan, s.Latitude, s.Longitude, s.CreatedAt })
            .ToListAsync(cancellationToken);
        var lives = (await live.GetAllAsync(cancellationToken)).ToDictionary(l => l.SiteId, StringComparer.Ordinal);
        // Summing today's minute rows of every site costs more the later the day (1.4 M rows for 1,000 sites by
        // evening): shared between requests like the other slow figures, so bytes today trail by up to a minute.
        var bytesToday = await slow.GetAsync("bytes-today", (s, ct) => s.GetRequiredService<UsageQuery>().BytesTodayAsync(ct));
        var alerts = (await db.Alerts.AsNoTracking().Where(a => a.ClosedAt == null)
                .GroupBy(a => a.SiteId).Select(g => new { SiteId = g.Key, Count = g.Count() })
                .ToListAsync(cancellationToken))
            .ToDictionary(a => a.SiteId, a => a.Count, StringComparer.Ordinal);

        var windowStart = usage.WindowStart();
        var thirty = await slow.GetAsync("usage-30d", (s, ct) => s.GetRequiredService<UsageQuery>().ThirtyDaysAsync(ct));
        var judged = sites.Where(s => s.CreatedAt <= windowStart)
            .Select(s => thirty.GetValueOrDefault(s.Id) ?? new SiteUsage(s.Id, 0, 0)).ToList();
        var low = LowUsageRule.Flag(judged, options.Value.LowUsageFraction, options.Value.LowUsageMinimumSites);

        var rows = sites.Select(s =>
        {
            var entry = board.Get(s.Id);
            var now = lives.GetValueOrDefault(s.Id);
            DateTimeOffset? lastSeen = now?.LastSeen ?? entry?.LastSeen;
            return new OverviewRow(
                s.Id, s.Name, s.Kecamatan, s.Latitude, s.Longitude,
                entry?.Status ?? SiteStatus.Unknown,
                entry?.Reason ?? (lastSeen is null ? StatusReason.NeverReported : StatusReason.None),
                lastSeen, now?.RouterUptimeSeconds, now?.ActiveUsers,
                bytesToday.GetValueOrDefault(s.Id), alerts.GetValueOrDefault(s.Id), low.Contains(s.Id));
        }).ToList();
        return new Overview(rows, Overview.Sum(rows), time.GetUtcNow());
    }
}
