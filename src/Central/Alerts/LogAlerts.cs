using KimHotspot.Central.Alerts;

namespace KimHotspot.Central;

/// <summary>Central log messages of alerts (event ids 4220–4299).</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 4220, Level = LogLevel.Warning, Message = "Alert {AlertId} opened: site {SiteId} {Kind}")]
    public static partial void AlertOpened(ILogger logger, long alertId, string siteId, AlertKind kind);

    [LoggerMessage(EventId = 4221, Level = LogLevel.Information, Message = "Alert {AlertId} closed: site {SiteId} {Kind} (flapped {Flaps} times)")]
    public static partial void AlertClosed(ILogger logger, long alertId, string siteId, AlertKind kind, int flaps);

    [LoggerMessage(EventId = 4222, Level = LogLevel.Warning, Message = "Alert {AlertId} is flapping: site {SiteId} {Kind}, {Flaps} flaps")]
    public static partial void AlertFlapping(ILogger logger, long alertId, string siteId, AlertKind kind, int flaps);

    [LoggerMessage(EventId = 4223, Level = LogLevel.Information, Message = "Router of site {SiteId} rebooted at {RebootAt}")]
    public static partial void RouterRebooted(ILogger logger, string siteId, DateTimeOffset rebootAt);

    [LoggerMessage(EventId = 4230, Level = LogLevel.Debug, Message = "Alert {AlertId} {Event} delivered by {Channel} after {Attempts} attempts")]
    public static partial void AlertDelivered(ILogger logger, long alertId, AlertChannelKind channel, AlertEvent @event, int attempts);

    [LoggerMessage(EventId = 4231, Level = LogLevel.Warning, Message = "Alert {AlertId} delivery by {Channel} failed (attempt {Attempts}), retry in {Delay}: {Error}")]
    public static partial void AlertDeliveryFailed(ILogger logger, long alertId, AlertChannelKind channel, int attempts, TimeSpan delay, string? error);

    [LoggerMessage(EventId = 4232, Level = LogLevel.Error, Message = "Alert {AlertId} delivery by {Channel} given up after {Attempts} attempts: {Error}")]
    public static partial void AlertDeliveryGaveUp(ILogger logger, long alertId, AlertChannelKind channel, int attempts, string? error);

    [LoggerMessage(EventId = 4233, Level = LogLevel.Warning, Message = "Alert delivery round failed")]
    public static partial void AlertDispatchFailed(ILogger logger, Exception exception);
}
