namespace KimHotspot.RouterOs.Reconnect;

/// <summary>How <see cref="RouterOsClient"/> spaces its connection attempts: exponential backoff with jitter.</summary>
public sealed class RouterOsReconnectOptions
{
    /// <summary>Wait after a dropped connection, and the base of the backoff after failed attempts. Default 1 s.</summary>
    public TimeSpan InitialDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Longest wait between attempts. Default 2 minutes.</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Random spread applied to every wait, as a fraction (0.2 = ±20 %), so many agents do not retry in step.</summary>
    public double JitterFraction { get; set; } = 0.2;

    /// <summary>Checks the options and throws <see cref="ArgumentException"/> for invalid values.</summary>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(InitialDelay, TimeSpan.Zero, nameof(InitialDelay));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxDelay, InitialDelay, nameof(MaxDelay));
        ArgumentOutOfRangeException.ThrowIfNegative(JitterFraction, nameof(JitterFraction));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(JitterFraction, 1.0, nameof(JitterFraction));
    }
}
