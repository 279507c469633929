using KimHotspot.Central.Data;
using KimHotspot.Contracts.Messages;
using Microsoft.EntityFrameworkCore;

namespace KimHotspot.Central.History;

/// <summary>
/// Folds one site's new reports into history inside the caller's transaction. A sample lands in the minute of its
/// effective time and marks that hour pending for the roller; an <see cref="HourlySummary"/> lands whole in the first
/// minute of its hour (so the roller sums it like detail). Samples of hours whose minute detail is already past
/// retention (and not pending) go straight into <see cref="SiteHour"/> and mark their day pending.
/// </summary>
public sealed class HistoryWriter
{
    private readonly CentralDb _db;
    private readonly string _siteId;
    private readonly DateTimeOffset _minuteCutoff;
    private readonly TimeBuckets _buckets;
    private HashSet<(RollupLevel Level, DateTimeOffset Start)> _pending = [];

    private HistoryWriter(CentralDb db, string siteId, DateTimeOffset minuteCutoff, TimeBuckets buckets) =>
        (_db, _siteId, _minuteCutoff, _buckets) = (db, siteId, minuteCutoff, buckets);

    /// <summary>A writer for <paramref name="siteId"/>; minute rows before <paramref name="minuteCutoff"/> are past retention.</summary>
    public static async Task<HistoryWriter> OpenAsync(
        CentralDb db, string siteId, DateTimeOffset minuteCutoff, TimeBuckets buckets, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var writer = new HistoryWriter(db, siteId, TimeBuckets.Hour(minuteCutoff), buckets);
        var pending = await db.PendingRollups.Where(p => p.SiteId == siteId).ToListAsync(cancellationToken);
        writer._pending = pending.Select(p => (p.Level, p.Start)).ToHashSet();
        return writer;
    }

    /// <summary>Adds one new report placed at <paramref name="effectiveAt"/> (<paramref name="retimed"/>: not by the agent's clock).</summary>
    public async Task AddAsync(Report report, DateTimeOffset effectiveAt, bool retimed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        var at = report.Body is HourlySummary ? SummaryHour(effectiveAt, retimed) : TimeBuckets.Minute(effectiveAt);
        var hour = TimeBuckets.Hour(at);
        if (hour >= _minuteCutoff || _pending.Contains((RollupLevel.Hour, hour)))
        {
            var minute = await _db.SiteMinutes.FindAsync([_siteId, at], cancellationToken)
                ?? _db.SiteMinutes.Add(new SiteMinute { SiteId = _siteId, Start = at }).Entity;
            FigureMath.Add(minute, report.Body);
            MarkPending(RollupLevel.Hour, hour);
        }
        else
        {
            var row = await _db.SiteHours.FindAsync([_siteId, hour], cancellationToken)
                ?? _db.SiteHours.Add(new SiteHour { SiteId = _siteId, Start = hour }).Entity;
            FigureMath.Add(row, report.Body);
            MarkPending(RollupLevel.Day, _buckets.Day(hour));
        }
    }

    // A re-timed hour start is off by the upload's transit: the nearest hour is the one the agent meant.
    private static DateTimeOffset SummaryHour(DateTimeOffset at, bool retimed) =>
        retimed ? TimeBuckets.Hour(at.AddMinutes(30)) : TimeBuckets.Hour(at);

    private void MarkPending(RollupLevel level, DateTimeOffset start)
    {
        if (_pending.Add((level, start)))
        {
            _db.PendingRollups.Add(new PendingRollup { SiteId = _siteId, Level = level, Start = start });
        }
    }
}
