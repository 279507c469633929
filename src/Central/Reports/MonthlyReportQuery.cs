using KimHotspot.Central.Data;
using KimHotspot.Central.History;
using KimHotspot.Central.Sites;
using Microsoft.EntityFrameworkCore;

namespace KimHotspot.Central.Reports;

/// <summary>
/// Builds <see cref="MonthlyReport"/>s from hourly history (<see cref="SiteHour"/>); hours the roller has not folded yet
/// (pending, or the current hour) are summed from their minutes, so the running month is current. Sites listed: every
/// site not archived, and archived ones that reported in the month.
/// </summary>
public sealed class MonthlyReportQuery(CentralDb db, TimeBuckets buckets, TimeProvider time)
{
    public TimeZoneInfo Zone => buckets.Zone;

    /// <summary>The months that have history, newest first (always including the current one).</summary>
    public async Task<IReadOnlyList<ReportMonth>> MonthsAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var first = await db.SiteHours.AsNoTracking().MinAsync(h => (DateTimeOffset?)h.Start, cancellationToken) ?? now;
        var months = new List<ReportMonth>();
        for (var m = ReportMonth.Containing(now, Zone); m.End > first && months.Count < 120; m = m.Previous(Zone))
        {
            months.Add(m);
        }

        return months;
    }

    public async Task<MonthlyReport> BuildAsync(ReportMonth month, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(month);
        var now = time.GetUtcNow();
        var hours = await HoursAsync(month, now, cancellationToken);
        var sites = await db.Sites.AsNoTracking().ToListAsync(cancellationToken);
        var periodEnd = TimeBuckets.Hour(now) < month.End ? TimeBuckets.Hour(now) : month.End;
        var rows = sites
            .Where(s => !s.Archived || hours.ContainsKey(s.Id))
            .Select(s => Figure(s, hours.GetValueOrDefault(s.Id) ?? [], month, periodEnd))
            .OrderBy(r => r.Kecamatan, StringComparer.OrdinalIgnoreCase).ThenBy(r => r.Name, StringComparer.OrdinalIgnoreCase)
            .ToList();
        return new MonthlyReport(month, now, periodEnd == month.End, rows);
    }

    private SiteMonth Figure(Site site, List<SiteFigures> hours, ReportMonth month, DateTimeOffset periodEnd)
    {
        var registered = TimeBuckets.Hour(site.CreatedAt);
        var firstData = hours.Count > 0 ? hours.Min(h => h.Start) : registered;
        var from = new[] { month.Start, registered < firstData ? registered : firstData }.Max();
        var period = Math.Max(0, (periodEnd - from).TotalHours);
        var expected = Math.Max(1, TimeSpan.FromHours(1) / (site.ReportInterval > TimeSpan.Zero ? site.ReportInterval : TimeSpan.FromMinutes(1)));
        var up = hours.Where(h => h.Start >= from && h.Start < periodEnd).Sum(h => Math.Min(1, h.RouterSamples / expected));
        var days = hours.GroupBy(h => buckets.Day(h.Start)).Select(d => d.Max(h => h.DistinctDevices)).ToList();
        return new SiteMonth(
            site.Id, site.Name, site.Kecamatan, period, up,
            hours.Sum(h => h.BytesIn), hours.Sum(h => h.BytesOut), hours.Sum(h => (long)h.SessionStarts),
            hours.Select(h => h.PeakUsers).DefaultIfEmpty().Max(),
            days.DefaultIfEmpty().Max(), days.Count > 0 ? days.Average() : 0,
            hours.Sum(h => h.Reboots));
    }

    /// <summary>Per-site hour figures of the month: rolled hours, replaced by their minutes where those are newer.</summary>
    private async Task<Dictionary<string, List<SiteFigures>>> HoursAsync(ReportMonth month, DateTimeOffset now, CancellationToken ct)
    {
        List<SiteFigures> rolled = [.. await db.SiteHours.AsNoTracking().Where(h => h.Start >= month.Start && h.Start < month.End).ToListAsync(ct)];
        var stale = (await db.PendingRollups.AsNoTracking().Where(p => p.Level == RollupLevel.Hour).ToListAsync(ct))
            .Where(p => p.Start >= month.Start && p.Start < month.End).Select(p => (p.SiteId, p.Start)).ToHashSet();
        var minutesFrom = stale.Select(p => p.Start).Append(TimeBuckets.Hour(now)).Min();
        var fromMinutes = new Dictionary<(string SiteId, DateTimeOffset Start), SiteFigures>();
        if (minutesFrom < month.End)
        {
            var minutes = await db.SiteMinutes.AsNoTracking()
                .Where(m => m.Start >= minutesFrom && m.Start >= month.Start && m.Start < month.End).ToListAsync(ct);
            foreach (var minute in minutes)
            {
                var key = (minute.SiteId, TimeBuckets.Hour(minute.Start));
                if (!fromMinutes.TryGetValue(key, out var hour))
                {
                    fromMinutes[key] = hour = new SiteHour { SiteId = key.SiteId, Start = key.Item2 };
                }

                FigureMath.Merge(hour, minute);
            }
        }

        var rolledKeys = rolled.Select(h => (h.SiteId, h.Start)).ToHashSet();
        var replacing = fromMinutes.Where(kv => stale.Contains(kv.Key) || !rolledKeys.Contains(kv.Key)).ToDictionary();
        return rolled.Where(h => !replacing.ContainsKey((h.SiteId, h.Start)))
            .Concat(replacing.Values)
            .GroupBy(h => h.SiteId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
    }
}
