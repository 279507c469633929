using Microsoft.Extensions.Time.Testing;

namespace KimHotspot.RouterAgent.Tests.EndToEnd;

/// <summary>
/// The agent's clock: the shared fake clock's wall time plus an <see cref="Offset"/> the test changes (a box that
/// boots at 1970 and is set right later), while the monotonic timestamp and the timers stay the fake clock's own.
/// The router and the receiver keep the true (fake) time.
/// </summary>
public sealed class AgentClock(FakeTimeProvider inner) : TimeProvider
{
    public TimeSpan Offset { get; set; }

    public override DateTimeOffset GetUtcNow() => inner.GetUtcNow() + Offset;

    public override long GetTimestamp() => inner.GetTimestamp();

    public override long TimestampFrequency => inner.TimestampFrequency;

    public override TimeZoneInfo LocalTimeZone => inner.LocalTimeZone;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        inner.CreateTimer(callback, state, dueTime, period);
}
