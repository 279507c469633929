using KimHotspot.Portal.Router;

namespace KimHotspot.Portal;

/// <summary>Portal log messages of the entry, login completion and status pages (event ids 2020–2099).</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 2020, Level = LogLevel.Debug, Message = "Login attempt {AttemptId} captured from the router")]
    public static partial void AttemptCaptured(ILogger logger, string attemptId);

    [LoggerMessage(EventId = 2021, Level = LogLevel.Debug, Message = "Purged {Count} expired login attempts")]
    public static partial void AttemptsPurged(ILogger logger, int count);

    [LoggerMessage(EventId = 2022, Level = LogLevel.Warning, Message = "Purging expired login attempts failed")]
    public static partial void AttemptPurgeFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 2023, Level = LogLevel.Warning, Message = "Login attempt {AttemptId} refused: request not from the attempt's IP")]
    public static partial void LoginSourceMismatch(ILogger logger, string attemptId);

    [LoggerMessage(EventId = 2024, Level = LogLevel.Debug, Message = "Login attempt {AttemptId} refused: the router has no host with that IP and MAC {Mac}")]
    public static partial void LoginNotAHost(ILogger logger, string attemptId, string mac);

    [LoggerMessage(EventId = 2025, Level = LogLevel.Information, Message = "Login attempt {AttemptId} completed by {Method} ({Mode})")]
    public static partial void LoginCompleted(ILogger logger, string attemptId, string method, RouterLoginMode mode);

    [LoggerMessage(EventId = 2026, Level = LogLevel.Warning, Message = "Login attempt {AttemptId}: router trouble {Kind}: {Reason}")]
    public static partial void LoginRouterTrouble(ILogger logger, string attemptId, RouterTroubleKind kind, string reason);

    [LoggerMessage(EventId = 2027, Level = LogLevel.Warning, Message = "Router trouble on the {Page} page: {Reason}")]
    public static partial void PageRouterTrouble(ILogger logger, string page, string reason);

    [LoggerMessage(EventId = 2028, Level = LogLevel.Information, Message = "Logout for attempt {AttemptId}: {Removed}")]
    public static partial void LoggedOut(ILogger logger, string attemptId, bool removed);

    [LoggerMessage(EventId = 2029, Level = LogLevel.Warning, Message = "Logout for attempt {AttemptId} refused: request not from the attempt's IP")]
    public static partial void LogoutSourceMismatch(ILogger logger, string attemptId);
}
