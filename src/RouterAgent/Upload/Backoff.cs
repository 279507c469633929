namespace KimHotspot.RouterAgent.Upload;

/// <summary>Exponential backoff with full jitter: a uniform delay in [0, min(cap, base · 2^attempt)).</summary>
public static class Backoff
{
    /// <summary>The ceiling for the given failure count (0 = first failure).</summary>
    public static TimeSpan Ceiling(int attempt, TimeSpan baseDelay, TimeSpan cap)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(attempt);
        var factor = Math.Pow(2, Math.Min(attempt, 62));
        var ticks = Math.Min(cap.Ticks, baseDelay.Ticks * factor);
        return TimeSpan.FromTicks((long)ticks);
    }

    /// <summary>A full-jitter delay for the given failure count.</summary>
    public static TimeSpan FullJitter(int attempt, TimeSpan baseDelay, TimeSpan cap, Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var ceiling = Ceiling(attempt, baseDelay, cap);
#pragma warning disable CA5394 // jitter, not security
        return TimeSpan.FromTicks((long)(random.NextDouble() * ceiling.Ticks));
#pragma warning restore CA5394
    }
}
