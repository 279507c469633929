using KimHotspot.Central.Data;
using KimHotspot.Central.History;
using KimHotspot.Central.Live;
using KimHotspot.Contracts.Messages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace KimHotspot.Central.Ingest;

/// <summary>What <see cref="ReportStore.StoreAsync"/> committed.</summary>
/// <param name="Accepted">Every distinct key of the batch (new or already stored): all are now durably held.</param>
/// <param name="NewReports">How many were new.</param>
public sealed record StoreResult(IReadOnlyList<ReportKey> Accepted, int NewReports);

/// <summary>
/// Stores verified batches: in one SQLite transaction it records each new <c>(siteId, bootId, seq)</c>, places the
/// sample in time (<see cref="ClockCorrection"/>) and folds it into history (<see cref="HistoryWriter"/>); after the
/// commit it updates the live state. Storing the same batch again changes nothing and returns the same keys.
/// </summary>
public sealed class ReportStore(
    IServiceScopeFactory scopes,
    ILiveState live,
    TimeBuckets buckets,
    TimeProvider time,
    IOptions<CentralDataOptions> data,
    IOptions<IngestOptions> options,
    ILogger<ReportStore> logger)
{
    public async Task<StoreResult> StoreAsync(VerifiedBatch batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var site = batch.SiteId;
        var reports = batch.Batch.Reports.DistinctBy(r => r.Key).ToList();
        var known = await live.GetAsync(site, cancellationToken);
        var offset = ClockCorrection.SiteOffset(reports, known?.ClockOffsetMs, batch.SignatureOffset);

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CentralDb>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // Read the clock holding the write lock: a roll-up pass that pruned minutes has committed by now.
        var cutoff = time.GetUtcNow().AddDays(-data.Value.MinuteDetailDays);
        var existing = await ExistingKeysAsync(db, site, reports, cancellationToken);
        var fresh = new List<(Report Report, EffectiveTime Time)>();
        var history = await HistoryWriter.OpenAsync(db, site, cutoff, buckets, cancellationToken);
        foreach (var report in reports.Where(r => !existing.Contains(r.Key)))
        {
            var at = ClockCorrection.Correct(report, batch.ReceivedAt, offset, options.Value.ClockTolerance);
            db.ReceivedReports.Add(new ReceivedReport
            {
                SiteId = site, BootId = report.BootId, Seq = report.Seq, Kind = KindOf(report.Body),
                SampledAt = report.SampledAt.ToUniversalTime(), EffectiveAt = at.At, Retimed = at.Retimed,
                ReceivedAt = batch.ReceivedAt,
            });
            await history.AddAsync(report, at.At, at.Retimed, cancellationToken);
            fresh.Add((report, at));
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        var retimed = fresh.Count(f => f.Time.Retimed);
        Log.BatchStored(logger, site, reports.Count, fresh.Count, retimed);

        await live.UpdateAsync(LiveProjection.From(site, batch.ReceivedAt, fresh), cancellationToken);
        return new StoreResult(reports.Select(r => r.Key).ToList(), fresh.Count);
    }

    private static async Task<HashSet<ReportKey>> ExistingKeysAsync(
        CentralDb db, string site, List<Report> reports, CancellationToken cancellationToken)
    {
        if (reports.Count == 0)
        {
            return [];
        }

        var boots = reports.Select(r => r.BootId).Distinct().ToList();
        var (min, max) = (reports.Min(r => r.Seq), reports.Max(r => r.Seq));
        var rows = await db.ReceivedReports.AsNoTracking()
            .Where(r => r.SiteId == site && boots.Contains(r.BootId) && r.Seq >= min && r.Seq <= max)
            .Select(r => new { r.BootId, r.Seq })
            .ToListAsync(cancellationToken);
        return rows.Select(r => new ReportKey(r.BootId, r.Seq)).ToHashSet();
    }

    private static string KindOf(ReportBody body) => body switch
    {
        RouterHealth => RouterHealth.Kind,
        HotspotUsage => HotspotUsage.Kind,
        PortalHealth => PortalHealth.Kind,
        AgentHealth => AgentHealth.Kind,
        HourlySummary => HourlySummary.Kind,
        _ => "unknown",
    };
}
