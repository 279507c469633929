using KimHotspot.Central.Data;
using KimHotspot.Central.History;
using Microsoft.EntityFrameworkCore;

namespace KimHotspot.Central.Dashboard;

/// <summary>
/// Per-site usage for every site at once, summed inside SQLite: bytes of the current site-local day (from minute
/// detail, which always covers today) and the 30-day figures of the low-usage rule (daily roll-ups plus today).
/// </summary>
public sealed class UsageQuery(CentralDb db, TimeBuckets buckets, TimeProvider time)
{
    /// <summary>The first instant of the 30-day window (29 full site-local days before today, plus today).</summary>
    public DateTimeOffset WindowStart() => buckets.Day(buckets.Day(time.GetUtcNow()).AddHours((-24 * 29) + 12));

    /// <summary>Bytes in + out since the site-local midnight, by site (sites without traffic today are absent).</summary>
    public async Task<Dictionary<string, long>> BytesTodayAsync(CancellationToken cancellationToken)
    {
        var today = buckets.Day(time.GetUtcNow());
        var rows = await db.SiteMinutes.AsNoTracking().Where(m => m.Start >= today)
            .GroupBy(m => m.SiteId)
            .Select(g => new { SiteId = g.Key, Bytes = g.Sum(m => m.BytesIn + m.BytesOut) })
            .ToListAsync(cancellationToken);
        return rows.ToDictionary(r => r.SiteId, r => r.Bytes, StringComparer.Ordinal);
    }

    /// <summary>Bytes and device-days of every site over the 30-day window, by site.</summary>
    public async Task<Dictionary<string, SiteUsage>> ThirtyDaysAsync(CancellationToken cancellationToken)
    {
        var today = buckets.Day(time.GetUtcNow());
        var from = WindowStart();
        var days = await db.SiteDays.AsNoTracking().Where(d => d.Start >= from && d.Start < today)
            .GroupBy(d => d.SiteId)
            .Select(g => new { SiteId = g.Key, Bytes = g.Sum(d => d.BytesIn + d.BytesOut), Devices = g.Sum(d => (long)d.DistinctDevices) })
            .ToListAsync(cancellationToken);
        var now = await db.SiteMinutes.AsNoTracking().Where(m => m.Start >= today)
            .GroupBy(m => m.SiteId)
            .Select(g => new { SiteId = g.Key, Bytes = g.Sum(m => m.BytesIn + m.BytesOut), Devices = (long)g.Max(m => m.DistinctDevices) })
            .ToListAsync(cancellationToken);
        var all = new Dictionary<string, SiteUsage>(StringComparer.Ordinal);
        foreach (var row in days.Concat(now))
        {
            var before = all.GetValueOrDefault(row.SiteId) ?? new SiteUsage(row.SiteId, 0, 0);
            all[row.SiteId] = before with { Bytes = before.Bytes + row.Bytes, DeviceDays = before.DeviceDays + row.Devices };
        }

        return all;
    }
}
