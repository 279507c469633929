using KimHotspot.RouterSimulator.Model;

namespace KimHotspot.RouterSimulator.Hotspot;

/// <summary>A local hotspot user with its accumulated counters (closed sessions plus live ones).</summary>
internal sealed class UserRow : Row
{
    public TimeSpan ClosedUptime { get; set; }

    public long ClosedBytesIn { get; set; }

    public long ClosedBytesOut { get; set; }

    public long ClosedPacketsIn { get; set; }

    public long ClosedPacketsOut { get; set; }

    public HashSet<SessionRow> Sessions { get; } = [];

    public TimeSpan Uptime(TimeProvider time) =>
        ClosedUptime + Sessions.Aggregate(TimeSpan.Zero, (sum, s) => sum + time.GetElapsedTime(s.LoginAt));

    public long BytesIn => ClosedBytesIn + Sessions.Sum(s => s.BytesIn);

    public long BytesOut => ClosedBytesOut + Sessions.Sum(s => s.BytesOut);

    public long PacketsIn => ClosedPacketsIn + Sessions.Sum(s => s.PacketsIn);

    public long PacketsOut => ClosedPacketsOut + Sessions.Sum(s => s.PacketsOut);

    public void ResetCounters()
    {
        ClosedUptime = TimeSpan.Zero;
        ClosedBytesIn = ClosedBytesOut = ClosedPacketsIn = ClosedPacketsOut = 0;
    }
}
