namespace KimHotspot.Central;

/// <summary>Operator accounts and site registry messages (event ids 4100–4199). Never passwords or keys.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 4100, Level = LogLevel.Information, Message = "Operator {UserName} signed in")]
    public static partial void OperatorSignedIn(ILogger logger, string userName);

    [LoggerMessage(EventId = 4101, Level = LogLevel.Warning, Message = "Sign-in refused for operator {UserName}: {Result}")]
    public static partial void OperatorSignInRefused(ILogger logger, string userName, string result);

    [LoggerMessage(EventId = 4102, Level = LogLevel.Information, Message = "Operator {UserName} signed out")]
    public static partial void OperatorSignedOut(ILogger logger, string userName);

    [LoggerMessage(EventId = 4110, Level = LogLevel.Information, Message = "Operator {Target} changed by {Actor}: {Action}")]
    public static partial void OperatorChanged(ILogger logger, string target, string actor, string action);

    [LoggerMessage(EventId = 4111, Level = LogLevel.Information, Message = "Operator command {Command} for {UserName}: {Outcome}")]
    public static partial void OperatorCommandRan(ILogger logger, string command, string userName, string outcome);

    [LoggerMessage(EventId = 4120, Level = LogLevel.Information, Message = "Site {SiteId} changed by {Actor}: {Action}")]
    public static partial void SiteChanged(ILogger logger, string siteId, string actor, string action);

    [LoggerMessage(EventId = 4121, Level = LogLevel.Information, Message = "Key of site {SiteId} changed by {Actor}: {Action}")]
    public static partial void SiteKeyChanged(ILogger logger, string siteId, string actor, string action);
}
