using KimHotspot.RouterOs.Hotspot;

namespace KimHotspot.Portal;

/// <summary>Portal log messages of the router gateway (event ids 2000–2019).</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 2000, Level = LogLevel.Warning, Message = "Router unavailable during {Operation}: {Reason}")]
    public static partial void RouterUnavailable(ILogger logger, string operation, string reason);

    [LoggerMessage(EventId = 2001, Level = LogLevel.Warning, Message = "Router refused {Operation}: {RouterMessage}")]
    public static partial void RouterRefused(ILogger logger, string operation, string routerMessage);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Debug, Message = "Router user profile {Profile}: {Outcome}")]
    public static partial void RouterProfileEnsured(ILogger logger, string profile, EnsureOutcome outcome);
}
