namespace KimHotspot.Portal;

/// <summary>Log messages of the admin "online now" page (event ids 2800–2809).</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 2800, Level = LogLevel.Warning, Message = "Online list: router unavailable: {Reason}")]
    public static partial void OnlineRouterTrouble(ILogger logger, string reason);

    [LoggerMessage(EventId = 2801, Level = LogLevel.Information, Message = "Admin disconnected router user {RouterUser}")]
    public static partial void OnlineDisconnected(ILogger logger, string routerUser);

    [LoggerMessage(EventId = 2802, Level = LogLevel.Warning, Message = "Disconnect of session {SessionId}: router trouble: {Reason}")]
    public static partial void OnlineDisconnectTrouble(ILogger logger, string sessionId, string reason);
}
