using System.Collections.Concurrent;

namespace KimHotspot.Central.Live;

/// <summary>
/// Live state in this process (Central alone on SQLite). Thread-safe; see <see cref="Merge"/> for how updates combine.
/// Lost on restart: a site shows again with its next batch.
/// </summary>
public sealed class InProcessLiveState : ILiveState
{
    private readonly ConcurrentDictionary<string, SiteLive> _sites = new(StringComparer.Ordinal);

    public Task UpdateAsync(SiteLive update, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(update);
        _sites.AddOrUpdate(update.SiteId, static (_, u) => u, static (_, current, u) => Merge(current, u), update);
        return Task.CompletedTask;
    }

    public Task<SiteLive?> GetAsync(string siteId, CancellationToken cancellationToken = default) =>
        Task.FromResult(_sites.TryGetValue(siteId, out var live) ? live : null);

    public Task<IReadOnlyList<SiteLive>> GetAllAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<SiteLive>>([.. _sites.Values.OrderBy(s => s.SiteId, StringComparer.Ordinal)]);

    /// <summary>
    /// Combines an update into a site's state. The side with the newer <see cref="SiteLive.LastSampleAt"/> (corrected
    /// sample time; ties go to the update) wins every figure it carries; the other side only fills figures still
    /// unknown. <see cref="SiteLive.LastSeen"/>, <see cref="SiteLive.LastSampleAt"/> and
    /// <see cref="SiteLive.LastRebootAt"/> only move forward.
    /// </summary>
    public static SiteLive Merge(SiteLive? current, SiteLive update)
    {
        ArgumentNullException.ThrowIfNull(update);
        if (current is null)
        {
            return update;
        }

        var updateIsNewer = update.LastSampleAt is { } u && (current.LastSampleAt is not { } c || u >= c);
        var (win, fill) = updateIsNewer ? (update, current) : (current, update);
        return new SiteLive
        {
            SiteId = current.SiteId,
            LastSeen = current.LastSeen >= update.LastSeen ? current.LastSeen : update.LastSeen,
            LastSampleAt = Later(current.LastSampleAt, update.LastSampleAt),
            RouterReachable = win.RouterReachable ?? fill.RouterReachable,
            RouterUptimeSeconds = win.RouterUptimeSeconds ?? fill.RouterUptimeSeconds,
            CpuLoadPercent = win.CpuLoadPercent ?? fill.CpuLoadPercent,
            MemoryFreeBytes = win.MemoryFreeBytes ?? fill.MemoryFreeBytes,
            MemoryTotalBytes = win.MemoryTotalBytes ?? fill.MemoryTotalBytes,
            ActiveUsers = win.ActiveUsers ?? fill.ActiveUsers,
            PortalReachable = win.PortalReachable ?? fill.PortalReachable,
            OutboxDepth = win.OutboxDepth ?? fill.OutboxDepth,
            OldestUnsentAgeSeconds = win.OldestUnsentAgeSeconds ?? fill.OldestUnsentAgeSeconds,
            DroppedReports = win.DroppedReports ?? fill.DroppedReports,
            ClockOffsetMs = win.ClockOffsetMs ?? fill.ClockOffsetMs,
            LastRebootAt = Later(current.LastRebootAt, update.LastRebootAt),
        };
    }

    private static DateTimeOffset? Later(DateTimeOffset? a, DateTimeOffset? b) =>
        a is null ? b : b is null ? a : a >= b ? a : b;
}
