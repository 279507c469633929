namespace KimHotspot.Central.Alerts;

/// <summary>One way out for alerts. <see cref="SendAsync"/> throws <see cref="AlertDeliveryException"/> or <see cref="HttpRequestException"/> on failure.</summary>
public interface IAlertChannel
{
    AlertChannelKind Kind { get; }

    /// <summary>False while the channel's options are empty: nothing is queued for it.</summary>
    bool IsConfigured { get; }

    Task SendAsync(AlertNotice notice, CancellationToken cancellationToken);
}

/// <summary>What a channel sends: the alert as logged and the text of this event.</summary>
public sealed record AlertNotice(
    long AlertId,
    string SiteId,
    AlertKind Kind,
    AlertSeverity Severity,
    AlertEvent Event,
    DateTimeOffset OpenedAt,
    DateTimeOffset? ClosedAt,
    int FlapCount,
    string Text);

/// <summary>A channel refused a message (non-success answer); <see cref="RetryAfter"/> when it said when to retry.</summary>
public sealed class AlertDeliveryException : Exception
{
    public AlertDeliveryException()
    {
    }

    public AlertDeliveryException(string message)
        : base(message)
    {
    }

    public AlertDeliveryException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public AlertDeliveryException(string message, TimeSpan? retryAfter)
        : base(message) => RetryAfter = retryAfter;

    public TimeSpan? RetryAfter { get; }
}
