namespace KimHotspot.RouterAgent.Collect;

/// <summary>
/// The growth of a monotonically increasing counter (bytes, packets) between two readings.
/// A counter that went back was reset (reboot, counters cleared, a new session under a reused id):
/// everything it shows now was counted since the reset, so the delta is the new value.
/// </summary>
/// <param name="Value">Units counted between the two readings.</param>
/// <param name="Reset">True when the counter was reset in between.</param>
public readonly record struct CounterDelta(long Value, bool Reset)
{
    /// <summary>The delta from <paramref name="previous"/> to <paramref name="current"/>.</summary>
    /// <param name="previous">The earlier reading; null when the counter is new (counted from zero).</param>
    /// <param name="current">The later reading.</param>
    /// <param name="knownReset">True when the caller knows the counter was reset (e.g. the router rebooted),
    /// even though the value may have grown past the earlier reading since.</param>
    public static CounterDelta Between(long? previous, long current, bool knownReset = false)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(current);
        if (previous is not { } old)
        {
            return new CounterDelta(current, knownReset);
        }

        return knownReset || current < old ? new CounterDelta(current, true) : new CounterDelta(current - old, false);
    }
}
