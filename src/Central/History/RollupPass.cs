using KimHotspot.Central.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace KimHotspot.Central.History;

/// <summary>What one roll-up pass did.</summary>
public sealed record RollupResult(int Hours, int Days, int MinutesDeleted);

/// <summary>
/// One pass of the history roller, in one transaction: rebuilds every complete pending hour from its minutes (which
/// marks its site-local day pending), then every complete pending day from its hours, then deletes minute detail past
/// <c>Central:MinuteDetailDays</c>, dedupe keys past the same (at least a week) and roll-ups past
/// <c>Central:RollupYears</c>. Rebuilds replace rather than add, so running a pass twice changes nothing.
/// </summary>
public sealed class RollupPass(IServiceScopeFactory scopes, TimeBuckets buckets, TimeProvider time, IOptions<CentralDataOptions> data)
{
    public async Task<RollupResult> RunAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CentralDb>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var hours = await RollHoursAsync(db, now, cancellationToken);
        var days = await RollDaysAsync(db, now, cancellationToken);
        var deleted = await PruneAsync(db, now, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new RollupResult(hours, days, deleted);
    }

    private async Task<int> RollHoursAsync(CentralDb db, DateTimeOffset now, CancellationToken ct)
    {
        var pending = (await db.PendingRollups.Where(p => p.Level == RollupLevel.Hour).ToListAsync(ct))
            .Where(p => p.Start.AddHours(1) <= now).ToList();
        foreach (var hour in pending)
        {
            var end = hour.Start.AddHours(1);
            var minutes = await db.SiteMinutes.AsNoTracking()
                .Where(m => m.SiteId == hour.SiteId && m.Start >= hour.Start && m.Start < end).ToListAsync(ct);
            var row = await db.SiteHours.FindAsync([hour.SiteId, hour.Start], ct)
                ?? db.SiteHours.Add(new SiteHour { SiteId = hour.SiteId, Start = hour.Start }).Entity;
            Rebuild(row, minutes);
            db.PendingRollups.Remove(hour);
            await MarkDayAsync(db, hour.SiteId, hour.Start, ct);
        }

        await db.SaveChangesAsync(ct);
        return pending.Count;
    }

    private async Task<int> RollDaysAsync(CentralDb db, DateTimeOffset now, CancellationToken ct)
    {
        var pending = (await db.PendingRollups.Where(p => p.Level == RollupLevel.Day).ToListAsync(ct))
            .Where(p => buckets.NextDay(p.Start) <= now).ToList();
        foreach (var day in pending)
        {
            var end = buckets.NextDay(day.Start);
            var hours = await db.SiteHours.AsNoTracking()
                .Where(h => h.SiteId == day.SiteId && h.Start >= day.Start && h.Start < end).ToListAsync(ct);
            var row = await db.SiteDays.FindAsync([day.SiteId, day.Start], ct)
                ?? db.SiteDays.Add(new SiteDay { SiteId = day.SiteId, Start = day.Start }).Entity;
            Rebuild(row, hours);
            db.PendingRollups.Remove(day);
        }

        await db.SaveChangesAsync(ct);
        return pending.Count;
    }

    private async Task<int> PruneAsync(CentralDb db, DateTimeOffset now, CancellationToken ct)
    {
        var days = data.Value.MinuteDetailDays;
        var minuteCutoff = TimeBuckets.Hour(now.AddDays(-days));
        var deleted = await db.SiteMinutes.Where(m => m.Start < minuteCutoff).ExecuteDeleteAsync(ct);
        var keyCutoff = now.AddDays(-Math.Max(days, 7));
        await db.ReceivedReports.Where(r => r.ReceivedAt < keyCutoff).ExecuteDeleteAsync(ct);
        var rollupCutoff = now.AddYears(-data.Value.RollupYears);
        await db.SiteHours.Where(h => h.Start < rollupCutoff).ExecuteDeleteAsync(ct);
        await db.SiteDays.Where(d => d.Start < rollupCutoff).ExecuteDeleteAsync(ct);
        return deleted;
    }

    private async Task MarkDayAsync(CentralDb db, string siteId, DateTimeOffset hour, CancellationToken ct)
    {
        var day = buckets.Day(hour);
        if (await db.PendingRollups.FindAsync([siteId, RollupLevel.Day, day], ct) is null)
        {
            db.PendingRollups.Add(new PendingRollup { SiteId = siteId, Level = RollupLevel.Day, Start = day });
        }
    }

    private static void Rebuild(SiteFigures row, IEnumerable<SiteFigures> parts)
    {
        FigureMath.Clear(row);
        foreach (var part in parts)
        {
            FigureMath.Merge(row, part);
        }
    }
}
