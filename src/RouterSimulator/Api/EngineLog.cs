using Microsoft.Extensions.Logging;

namespace KimHotspot.RouterSimulator.Api;

/// <summary>Log messages of the router model and API server (event ids 5000–5499).</summary>
internal static partial class EngineLog
{
    [LoggerMessage(5000, LogLevel.Information, "RouterOS API ({Kind}) listening on {Address}:{Port}")]
    public static partial void Listening(ILogger logger, string kind, string address, int port);

    [LoggerMessage(5001, LogLevel.Debug, "API connection {Connection} opened from {Remote}")]
    public static partial void ConnectionOpened(ILogger logger, int connection, string? remote);

    [LoggerMessage(5002, LogLevel.Debug, "API connection {Connection} closed")]
    public static partial void ConnectionClosed(ILogger logger, int connection);

    [LoggerMessage(5003, LogLevel.Warning, "API connection {Connection} failed")]
    public static partial void ConnectionFailed(ILogger logger, int connection, Exception exception);

    [LoggerMessage(5010, LogLevel.Information, "API connection {Connection}: user {User} logged in")]
    public static partial void LoginSucceeded(ILogger logger, int connection, string user);

    [LoggerMessage(5011, LogLevel.Information, "API connection {Connection}: login failed for user {User}")]
    public static partial void LoginFailed(ILogger logger, int connection, string user);

    [LoggerMessage(5020, LogLevel.Debug, "API connection {Connection}: {Command}")]
    public static partial void Command(ILogger logger, int connection, string command);

    [LoggerMessage(5021, LogLevel.Information, "API connection {Connection}: !fatal {Reason}")]
    public static partial void Fatal(ILogger logger, int connection, string reason);

    [LoggerMessage(5030, LogLevel.Information, "Router rebooted: {Connections} API connection(s) dropped")]
    public static partial void Rebooted(ILogger logger, int connections);

    [LoggerMessage(5031, LogLevel.Information, "Seeded {Count} hotspot sessions")]
    public static partial void Seeded(ILogger logger, int count);

    [LoggerMessage(5040, LogLevel.Error, "Traffic tick failed")]
    public static partial void TickFailed(ILogger logger, Exception exception);

    [LoggerMessage(5100, LogLevel.Debug, "Hotspot session {Id} ({Address}) logged out: {Cause}")]
    public static partial void SessionEnded(ILogger logger, string id, string address, string cause);
}
