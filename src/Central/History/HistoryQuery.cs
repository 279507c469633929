using KimHotspot.Central.Data;
using Microsoft.EntityFrameworkCore;

namespace KimHotspot.Central.History;

/// <summary>
/// Chart series for the dashboard: <see cref="SiteAsync"/> for one site, <see cref="FleetAsync"/> for all sites added
/// up (peaks summed across sites). Points are ordered by start; a bucket in which nothing was reported is absent (a gap
/// means no data, not zero). Always current: hours the roller has not folded yet are summed from their minutes.
/// </summary>
public sealed class HistoryQuery(CentralDb db, TimeBuckets buckets, TimeProvider time)
{
    private static readonly TimeSpan FiveMinutes = TimeSpan.FromMinutes(5);

    public Task<IReadOnlyList<HistoryPoint>> SiteAsync(string siteId, HistoryRange range, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(siteId);
        return SeriesAsync(siteId, range, cancellationToken);
    }

    public Task<IReadOnlyList<HistoryPoint>> FleetAsync(HistoryRange range, CancellationToken cancellationToken = default) =>
        SeriesAsync(null, range, cancellationToken);

    private async Task<IReadOnlyList<HistoryPoint>> SeriesAsync(string? siteId, HistoryRange range, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var rows = range switch
        {
            HistoryRange.Day => Bucket(await MinutesAsync(siteId, TimeBuckets.Minute(now).AddHours(-24), ct), FiveMinuteStart),
            HistoryRange.Week => await HoursAsync(siteId, TimeBuckets.Hour(now).AddHours(-167), ct),
            _ => Bucket(await HoursAsync(siteId, DayStartBefore(now, 29), ct), buckets.Day),
        };
        return [.. rows.GroupBy(r => r.Start).OrderBy(g => g.Key).Select(g => HistoryPoint.Of(g.Key, Fleet(g)))];
    }

    /// <summary>Per-site hour figures from <paramref name="from"/>: rolled hours, or minutes summed where not rolled yet.</summary>
    private async Task<List<SiteFigures>> HoursAsync(string? siteId, DateTimeOffset from, CancellationToken ct)
    {
        var rolled = await db.SiteHours.AsNoTracking().Where(h => h.Start >= from && (siteId == null || h.SiteId == siteId)).ToListAsync(ct);
        var pending = (await db.PendingRollups.AsNoTracking()
                .Where(p => p.Level == RollupLevel.Hour && (siteId == null || p.SiteId == siteId)).ToListAsync(ct))
            .Where(p => p.Start >= from).Select(p => (p.SiteId, p.Start)).ToHashSet();
        var minutesFrom = pending.Select(p => p.Start).Append(TimeBuckets.Hour(time.GetUtcNow())).Min();
        var rolledKeys = rolled.Select(r => (r.SiteId, r.Start)).ToHashSet();
        var fresh = Bucket(await MinutesAsync(siteId, minutesFrom, ct), TimeBuckets.Hour)
            .Where(h => pending.Contains((h.SiteId, h.Start)) || !rolledKeys.Contains((h.SiteId, h.Start)))
            .ToList();
        var replaced = fresh.Select(h => (h.SiteId, h.Start)).ToHashSet();
        return [.. rolled.Where(r => !replaced.Contains((r.SiteId, r.Start))), .. fresh];
    }

    private async Task<List<SiteFigures>> MinutesAsync(string? siteId, DateTimeOffset from, CancellationToken ct) =>
        [.. await db.SiteMinutes.AsNoTracking().Where(m => m.Start >= from && (siteId == null || m.SiteId == siteId)).ToListAsync(ct)];

    /// <summary>Folds rows into coarser per-site buckets.</summary>
    private static List<SiteFigures> Bucket(IEnumerable<SiteFigures> rows, Func<DateTimeOffset, DateTimeOffset> start) =>
        [.. rows.GroupBy(r => (r.SiteId, Start: start(r.Start))).Select(g =>
        {
            var sum = new SiteHour { SiteId = g.Key.SiteId, Start = g.Key.Start };
            foreach (var row in g)
            {
                FigureMath.Merge(sum, row);
            }

            return (SiteFigures)sum;
        })];

    /// <summary>Adds sites together: like <see cref="FigureMath.Merge"/>, but users and devices of different sites add up.</summary>
    private static SiteHour Fleet(IEnumerable<SiteFigures> sites)
    {
        var total = new SiteHour { SiteId = "*" };
        foreach (var site in sites)
        {
            var (peak, devices) = (total.PeakUsers + site.PeakUsers, total.DistinctDevices + site.DistinctDevices);
            FigureMath.Merge(total, site);
            (total.PeakUsers, total.DistinctDevices) = (peak, devices);
        }

        return total;
    }

    private static DateTimeOffset FiveMinuteStart(DateTimeOffset at) =>
        new(at.UtcTicks - (at.UtcTicks % FiveMinutes.Ticks), TimeSpan.Zero);

    private DateTimeOffset DayStartBefore(DateTimeOffset now, int days) => buckets.Day(buckets.Day(now).AddHours((-24 * days) + 12));
}
