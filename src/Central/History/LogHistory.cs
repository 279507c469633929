namespace KimHotspot.Central;

/// <summary>Central log messages of history (event ids 4050–4099).</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 4050, Level = LogLevel.Debug, Message = "History rolled: {Hours} hours, {Days} days, {Minutes} minute rows pruned")]
    public static partial void RollupDone(ILogger logger, int hours, int days, int minutes);

    [LoggerMessage(EventId = 4051, Level = LogLevel.Error, Message = "History roll-up failed; retrying next interval")]
    public static partial void RollupFailed(ILogger logger, Exception exception);
}
