using KimHotspot.Central.Live;
using KimHotspot.Contracts.Messages;

namespace KimHotspot.Central.Ingest;

/// <summary>
/// The live-state update of a stored batch: the figures of its new detail reports, oldest first, merged with the
/// rule of <see cref="InProcessLiveState.Merge"/>. Hourly summaries are old by nature and do not touch live state.
/// A batch of duplicates only moves <see cref="SiteLive.LastSeen"/>.
/// </summary>
public static class LiveProjection
{
    public static SiteLive From(string siteId, DateTimeOffset receivedAt, IEnumerable<(Report Report, EffectiveTime Time)> fresh)
    {
        ArgumentNullException.ThrowIfNull(fresh);
        var merged = new SiteLive { SiteId = siteId, LastSeen = receivedAt };
        foreach (var (report, time) in fresh.Where(f => f.Report.Body is not HourlySummary).OrderBy(f => f.Time.At))
        {
            merged = InProcessLiveState.Merge(merged, Of(siteId, receivedAt, report.Body, time.At));
        }

        return merged;
    }

    private static SiteLive Of(string siteId, DateTimeOffset receivedAt, ReportBody body, DateTimeOffset at)
    {
        var live = new SiteLive { SiteId = siteId, LastSeen = receivedAt, LastSampleAt = at };
        return body switch
        {
            RouterHealth r => live with
            {
                RouterReachable = r.ApiReachable,
                RouterUptimeSeconds = r.UptimeSeconds,
                CpuLoadPercent = r.CpuLoadPercent,
                MemoryFreeBytes = r.MemoryFreeBytes,
                MemoryTotalBytes = r.MemoryTotalBytes,
                LastRebootAt = r.Rebooted ? at : null,
            },
            HotspotUsage u => live with { ActiveUsers = u.PeakConcurrent },
            PortalHealth p => live with { PortalReachable = p.Reachable },
            AgentHealth a => live with
            {
                OutboxDepth = a.OutboxDepth,
                OldestUnsentAgeSeconds = a.OldestUnsentAgeSeconds,
                DroppedReports = a.DroppedReports,
                ClockOffsetMs = a.ClockOffsetMs,
            },
            _ => live,
        };
    }
}
