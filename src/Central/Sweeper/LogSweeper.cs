using KimHotspot.Central.Sweeper;

namespace KimHotspot.Central;

/// <summary>Central log messages of the sweeper (event ids 4200–4219).</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 4200, Level = LogLevel.Information, Message = "Site {SiteId} is now {Status} (was {Previous}; reason {Reason})")]
    public static partial void SiteStatusChanged(ILogger logger, string siteId, SiteStatus previous, SiteStatus status, StatusReason reason);

    [LoggerMessage(EventId = 4201, Level = LogLevel.Warning, Message = "Site status sweep failed")]
    public static partial void SweepFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 4202, Level = LogLevel.Warning, Message = "No live state is registered: every site stays Unknown")]
    public static partial void SweepWithoutLiveState(ILogger logger);
}
