namespace KimHotspot.Portal;

/// <summary>Portal log messages of the city-wide bulletin pull (event ids 2900–2949).</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 2900, Level = LogLevel.Information, Message = "No Central:Url configured: city-wide bulletins are not pulled")]
    public static partial void CityPullOff(ILogger logger);

    [LoggerMessage(EventId = 2901, Level = LogLevel.Information, Message = "City-wide bulletins from {Url}: {Added} new, {Updated} changed, {Withdrawn} withdrawn (cursor {Cursor})")]
    public static partial void CityPulled(ILogger logger, Uri url, int added, int updated, int withdrawn, long cursor);

    [LoggerMessage(EventId = 2902, Level = LogLevel.Debug, Message = "City-wide bulletins unchanged (cursor {Cursor})")]
    public static partial void CityUnchanged(ILogger logger, long cursor);

    [LoggerMessage(EventId = 2903, Level = LogLevel.Warning, Message = "Pulling city-wide bulletins failed ({Reason}); those held keep showing")]
    public static partial void CityPullFailed(ILogger logger, string reason);

    [LoggerMessage(EventId = 2904, Level = LogLevel.Warning, Message = "Central refused the bulletin pull as stale; clock offset to Central now {Offset}")]
    public static partial void CityClockCorrected(ILogger logger, TimeSpan offset);
}
