using KimHotspot.RouterOs.Reconnect;
using Microsoft.Extensions.Logging;

namespace KimHotspot.RouterOs;

/// <summary>Log messages of the reconnecting client (event ids 1150–1169).</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 1150, Level = LogLevel.Information, Message = "RouterOS client for {Endpoint}: {Previous} -> {State}")]
    public static partial void ClientState(ILogger logger, string endpoint, RouterOsClientState previous, RouterOsClientState state);

    [LoggerMessage(EventId = 1151, Level = LogLevel.Warning,
        Message = "Connecting to {Endpoint} failed ({Failures} in a row): {Reason}; next attempt in {Delay}")]
    public static partial void ConnectFailed(ILogger logger, string endpoint, int failures, string reason, TimeSpan delay);

    [LoggerMessage(EventId = 1152, Level = LogLevel.Warning, Message = "A StateChanged handler of the RouterOS client threw")]
    public static partial void StateHandlerFailed(ILogger logger, Exception exception);
}
