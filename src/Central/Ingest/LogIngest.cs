using KimHotspot.Contracts.Signing;

namespace KimHotspot.Central;

/// <summary>Central log messages of ingest (event ids 4000–4049).</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 4000, Level = LogLevel.Debug, Message = "Batch from {SiteId}: {Reports} reports, {New} new, {Retimed} re-timed")]
    public static partial void BatchStored(ILogger logger, string siteId, int reports, int @new, int retimed);

    [LoggerMessage(EventId = 4001, Level = LogLevel.Warning, Message = "Batch refused for site {SiteId}: {Verdict}")]
    public static partial void BatchRefused(ILogger logger, string siteId, VerifyResult verdict);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Warning, Message = "Invalid batch from {SiteId}: {Reason}")]
    public static partial void BatchInvalid(ILogger logger, string siteId, string reason);

    [LoggerMessage(EventId = 4003, Level = LogLevel.Information, Message = "Site {SiteId} over its rate limit; retry after {Wait}")]
    public static partial void SiteThrottled(ILogger logger, string siteId, TimeSpan wait);

    [LoggerMessage(EventId = 4004, Level = LogLevel.Warning, Message = "All ingest write slots busy; batch from {SiteId} refused for now")]
    public static partial void WritesBusy(ILogger logger, string siteId);

    [LoggerMessage(EventId = 4005, Level = LogLevel.Error, Message = "Storing a batch from {SiteId} failed; not acknowledged")]
    public static partial void StoreFailed(ILogger logger, Exception exception, string siteId);
}
