using KimHotspot.Contracts.Messages;
using KimHotspot.RouterAgent.Outbox;

namespace KimHotspot.RouterAgent.Collect;

/// <summary>The agent's own pipeline as a report: outbox depth, oldest unsent, bytes on disk, drops, last ack, clock offset.</summary>
public sealed class AgentProbe(ReportOutbox outbox, Func<TimeSpan?> clockOffset)
{
    public async Task<AgentHealth> ProbeAsync(CancellationToken cancellationToken = default)
    {
        var stats = await outbox.GetStatsAsync(cancellationToken);
        return new AgentHealth(
            (int)Math.Min(int.MaxValue, stats.Depth),
            stats.Depth == 0 ? null : (long)stats.OldestUnsentAge.TotalSeconds,
            stats.BytesOnDisk,
            stats.Drops,
            stats.LastAcknowledgedAt,
            clockOffset() is { } offset ? (long)offset.TotalMilliseconds : null);
    }
}
