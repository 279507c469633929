using Microsoft.Extensions.Logging;

#pragma warning disable IDE0130 // one Log class per project, spread over files
namespace KimHotspot.RouterAgent;
#pragma warning restore IDE0130

internal static partial class Log
{
    [LoggerMessage(3200, LogLevel.Debug, "Uploaded {Sent} reports, {Acked} acknowledged; clock offset to Central {OffsetMs} ms")]
    public static partial void UploadAcknowledged(ILogger logger, int sent, int acked, long offsetMs);

    [LoggerMessage(3201, LogLevel.Information, "Central is throttling ({Status}); retrying after {Delay}")]
    public static partial void UploadThrottled(ILogger logger, int status, TimeSpan delay);

    [LoggerMessage(3202, LogLevel.Warning, "Upload failed ({Reason}); failure {Failures}, backing off {Delay}")]
    public static partial void UploadFailed(ILogger logger, string reason, int failures, TimeSpan delay);

    [LoggerMessage(3203, LogLevel.Error, "Outbox row {Key} is not a readable report; removed (counted as dropped)")]
    public static partial void UploadUnreadableRow(ILogger logger, string key);

    [LoggerMessage(3204, LogLevel.Information, "Central reachable again after {Failures} failures")]
    public static partial void UploadRecovered(ILogger logger, int failures);

    [LoggerMessage(3205, LogLevel.Warning, "Central refused the batch as {Status}; clock corrected from its Date header by {OffsetMs} ms")]
    public static partial void UploadClockCorrected(ILogger logger, int status, long offsetMs);
}
