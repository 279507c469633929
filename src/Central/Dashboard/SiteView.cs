using KimHotspot.Central.Alerts;
using KimHotspot.Central.Data;
using KimHotspot.Central.Live;
using KimHotspot.Central.Sites;
using KimHotspot.Central.Sweeper;
using Microsoft.EntityFrameworkCore;

namespace KimHotspot.Central.Dashboard;

/// <summary>What the site page shows above its charts: the registry entry, status, live figures and recent alerts.</summary>
public sealed record SiteSnapshot(
    Site Site,
    SiteStatus Status,
    StatusReason Reason,
    DateTimeOffset? LastSeen,
    SiteLive? Live,
    IReadOnlyList<Alert> RecentAlerts,
    DateTimeOffset At)
{
    public int OpenAlerts => RecentAlerts.Count(a => a.ClosedAt is null);

    /// <summary>Used memory in percent, when the router reported both figures.</summary>
    public double? MemoryUsedPercent => Live is { MemoryFreeBytes: { } free, MemoryTotalBytes: { } total } && total > 0
        ? Math.Round(100.0 * (total - free) / total, 1) : null;
}

/// <summary>Loads a <see cref="SiteSnapshot"/>.</summary>
public sealed class SiteView(CentralDb db, ISiteStatusBoard board, ILiveState live, TimeProvider time)
{
    public const int AlertCount = 10;

    public async Task<SiteSnapshot?> LoadAsync(string siteId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(siteId);
        var site = await db.Sites.AsNoTracking().SingleOrDefaultAsync(s => s.Id == siteId, cancellationToken);
        if (site is null)
        {
            return null;
        }

        var now = await live.GetAsync(siteId, cancellationToken);
        var entry = board.Get(siteId);
        // Open alerts first (they matter whatever their age), then the most recent closed ones.
        var open = await db.Alerts.AsNoTracking().Where(a => a.SiteId == siteId && a.ClosedAt == null)
            .OrderByDescending(a => a.OpenedAt).Take(AlertCount).ToListAsync(cancellationToken);
        var closed = await db.Alerts.AsNoTracking().Where(a => a.SiteId == siteId && a.ClosedAt != null)
            .OrderByDescending(a => a.OpenedAt).Take(AlertCount).ToListAsync(cancellationToken);
        DateTimeOffset? lastSeen = now?.LastSeen ?? entry?.LastSeen;
        return new SiteSnapshot(
            site,
            entry?.Status ?? SiteStatus.Unknown,
            entry?.Reason ?? (lastSeen is null ? StatusReason.NeverReported : StatusReason.None),
            lastSeen,
            now,
            [.. open.Concat(closed).Take(Math.Max(AlertCount, open.Count))],
            time.GetUtcNow());
    }
}
