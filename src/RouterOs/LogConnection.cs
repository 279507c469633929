using Microsoft.Extensions.Logging;

namespace KimHotspot.RouterOs;

/// <summary>Log messages of the API connection (event ids 1100–1149).</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 1100, Level = LogLevel.Information,
        Message = "Connected to RouterOS API at {Endpoint} as {UserName} ({LoginMethod} login, TLS {UseTls})")]
    public static partial void Connected(ILogger logger, string endpoint, string userName, string loginMethod, bool useTls);

    [LoggerMessage(EventId = 1101, Level = LogLevel.Warning, Message = "Connection to {Endpoint} ended: {Reason}")]
    public static partial void ConnectionLost(ILogger logger, string endpoint, string reason);

    [LoggerMessage(EventId = 1102, Level = LogLevel.Debug, Message = "Connection to {Endpoint} closed: {Reason}")]
    public static partial void ConnectionClosed(ILogger logger, string endpoint, string reason);

    [LoggerMessage(EventId = 1103, Level = LogLevel.Information,
        Message = "Skipped unknown reply word {Word} (tag {Tag}) from {Endpoint}")]
    public static partial void UnknownReply(ILogger logger, string word, string? tag, string endpoint);

    [LoggerMessage(EventId = 1104, Level = LogLevel.Debug, Message = "Dropped {Word} for tag {Tag}: no command waits for it")]
    public static partial void ReplyDropped(ILogger logger, string word, string? tag);

    [LoggerMessage(EventId = 1105, Level = LogLevel.Warning,
        Message = "{Command} (tag {Tag}) got no reply within {Timeout}; cancelling it on the router")]
    public static partial void CommandTimedOut(ILogger logger, string command, string tag, TimeSpan timeout);

    [LoggerMessage(EventId = 1106, Level = LogLevel.Debug, Message = "Sent /cancel for tag {Tag}")]
    public static partial void CancelSent(ILogger logger, string tag);

    [LoggerMessage(EventId = 1107, Level = LogLevel.Debug, Message = "Could not send /cancel for tag {Tag}: {Reason}")]
    public static partial void CancelFailed(ILogger logger, string tag, string reason);

    [LoggerMessage(EventId = 1108, Level = LogLevel.Warning,
        Message = "Stream {Command} (tag {Tag}): the consumer fell behind; cancelling it")]
    public static partial void StreamOverflow(ILogger logger, string command, string? tag);

    [LoggerMessage(EventId = 1109, Level = LogLevel.Trace, Message = "Sent {Command} (tag {Tag})")]
    public static partial void Sent(ILogger logger, string command, string? tag);

    [LoggerMessage(EventId = 1110, Level = LogLevel.Debug, Message = "/quit to {Endpoint} not confirmed: {Reason}")]
    public static partial void QuitIgnored(ILogger logger, string endpoint, string reason);
}
