using System.Diagnostics;

namespace KimHotspot.RouterAgent.Benchmarks;

/// <summary>
/// The system clock plus an offset that only grows: <see cref="Jump"/> makes every sampler due (poll bench) or
/// fast-forwards simulated minutes (memory hour, 7-day prefill), while short spans (API round trips) stay real.
/// </summary>
internal sealed class JumpClock(TimeSpan startOffset) : TimeProvider
{
    private long _offsetTicks = startOffset.Ticks;

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow().AddTicks(Interlocked.Read(ref _offsetTicks));

    public override long GetTimestamp() =>
        Stopwatch.GetTimestamp() + (long)(Interlocked.Read(ref _offsetTicks) / (double)TimeSpan.TicksPerSecond * Stopwatch.Frequency);

    public override long TimestampFrequency => Stopwatch.Frequency;

    public void Jump(TimeSpan by) => Interlocked.Add(ref _offsetTicks, by.Ticks);
}
