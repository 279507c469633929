using System.Diagnostics;

namespace KimHotspot.RouterAgent.Benchmarks;

/// <summary>
/// A clock running <c>factor</c> times faster than real time, wall and monotonic, timers included (Task.Delay,
/// PeriodicTimer, timeouts). Two processes given the same real epoch agree on the simulated time without talking,
/// so the agent and the simulator age together: uptimes, intervals and reboot detection stay consistent.
/// </summary>
internal sealed class ScaledClock : TimeProvider
{
    private readonly DateTimeOffset _realEpoch;
    private readonly double _factor;
    private readonly long _origin = Stopwatch.GetTimestamp();

    public ScaledClock(DateTimeOffset realEpoch, double factor)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(factor, 1.0);
        (_realEpoch, _factor) = (realEpoch, factor);
    }

    public double Factor => _factor;

    public override DateTimeOffset GetUtcNow() =>
        _realEpoch + TimeSpan.FromTicks((long)((System.GetUtcNow() - _realEpoch).Ticks * _factor));

    public override long GetTimestamp() => _origin + (long)((Stopwatch.GetTimestamp() - _origin) * _factor);

    public override long TimestampFrequency => Stopwatch.Frequency;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        new Timer(System.CreateTimer(callback, state, Real(dueTime), Real(period)), this);

    /// <summary>Real time for a simulated span (infinite stays infinite).</summary>
    public TimeSpan Real(TimeSpan simulated) =>
        simulated == Timeout.InfiniteTimeSpan ? simulated : TimeSpan.FromTicks((long)(simulated.Ticks / _factor));

    private sealed class Timer(ITimer inner, ScaledClock clock) : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period) => inner.Change(clock.Real(dueTime), clock.Real(period));

        public void Dispose() => inner.Dispose();

        public ValueTask DisposeAsync() => inner.DisposeAsync();
    }
}
