namespace KimHotspot.Portal;

/// <summary>Admin console log messages of access, accounts and audit (event ids 2600–2649). Never codes or passwords.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 2600, Level = LogLevel.Warning, Message = "No KIM admin account exists: a one-time setup code was printed to the console (valid until {Expires:u})")]
    public static partial void SetupCodePrinted(ILogger logger, DateTimeOffset expires);

    [LoggerMessage(EventId = 2601, Level = LogLevel.Warning, Message = "Setup code replaced: {Reason}")]
    public static partial void SetupCodeRenewed(ILogger logger, string reason);

    [LoggerMessage(EventId = 2602, Level = LogLevel.Information, Message = "First KIM admin {Username} created with the setup code")]
    public static partial void FirstAdminCreated(ILogger logger, string username);

    [LoggerMessage(EventId = 2603, Level = LogLevel.Information, Message = "Admin {Username} signed in")]
    public static partial void AdminSignedIn(ILogger logger, string username);

    [LoggerMessage(EventId = 2604, Level = LogLevel.Warning, Message = "Admin sign-in refused for {Username}: {Result}")]
    public static partial void AdminSignInRefused(ILogger logger, string username, string result);

    [LoggerMessage(EventId = 2605, Level = LogLevel.Information, Message = "Admin {Username} changed {What} of their own account")]
    public static partial void OwnAccountChanged(ILogger logger, string username, string what);

    [LoggerMessage(EventId = 2606, Level = LogLevel.Information, Message = "Admin command {Command} for {Username}: {Outcome}")]
    public static partial void AdminCommandRan(ILogger logger, string command, string username, string outcome);

    [LoggerMessage(EventId = 2610, Level = LogLevel.Information, Message = "Admin account {Username} changed: {Action}")]
    public static partial void AccountChanged(ILogger logger, string username, string action);

    [LoggerMessage(EventId = 2611, Level = LogLevel.Information, Message = "Admin account change {Action} on {Username} refused: {Problem}")]
    public static partial void AccountChangeRefused(ILogger logger, string action, string username, Features.Admin.Access.AccountProblem problem);

    [LoggerMessage(EventId = 2620, Level = LogLevel.Information, Message = "Audit log exported as CSV: {Count} entries")]
    public static partial void AuditExported(ILogger logger, int count);
}
