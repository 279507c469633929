namespace KimHotspot.RouterOs.Reconnect;

/// <summary>Delay before the next connection attempt.</summary>
internal static class Backoff
{
    /// <summary>
    /// <c>InitialDelay × 2^(failures−1)</c> (just <c>InitialDelay</c> after a drop, when
    /// <paramref name="failures"/> is 0), capped at <c>MaxDelay</c>, then spread by the jitter.
    /// </summary>
    /// <param name="failures">Consecutive failed attempts so far.</param>
    /// <param name="options">Backoff settings.</param>
    /// <param name="unit">A number in [0, 1) (random in production, fixed in tests).</param>
    public static TimeSpan Delay(int failures, RouterOsReconnectOptions options, double unit)
    {
        double exponent = Math.Clamp(failures - 1, 0, 30);
        double ms = Math.Min(options.InitialDelay.TotalMilliseconds * Math.Pow(2, exponent), options.MaxDelay.TotalMilliseconds);
        double spread = 1 + (options.JitterFraction * ((2 * unit) - 1));
        return TimeSpan.FromMilliseconds(Math.Min(ms * spread, options.MaxDelay.TotalMilliseconds));
    }
}
