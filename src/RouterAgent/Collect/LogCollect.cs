using Microsoft.Extensions.Logging;

namespace KimHotspot.RouterAgent;

/// <summary>Log messages of the collectors (event ids 3100–3199).</summary>
internal static partial class Log
{
    [LoggerMessage(3100, LogLevel.Warning, "Router unreachable during the {Poll} poll: {Reason}")]
    public static partial void RouterUnreachable(ILogger logger, string poll, string reason);

    [LoggerMessage(3101, LogLevel.Information, "Router rebooted: uptime now {Uptime}")]
    public static partial void RouterRebooted(ILogger logger, TimeSpan uptime);

    [LoggerMessage(3102, LogLevel.Information, "Interface {Name} counters were reset")]
    public static partial void InterfaceCountersReset(ILogger logger, string name);

    [LoggerMessage(3103, LogLevel.Debug, "Hotspot poll: {Active} sessions, {Starts} started, {Ends} ended, {BytesIn} B in, {BytesOut} B out")]
    public static partial void HotspotPolled(ILogger logger, int active, int starts, int ends, long bytesIn, long bytesOut);

    [LoggerMessage(3104, LogLevel.Warning, "Portal unreachable at {Url}: {Reason}")]
    public static partial void PortalUnreachable(ILogger logger, string url, string reason);

    [LoggerMessage(3105, LogLevel.Warning, "Portal answered its health check with HTTP {Status}")]
    public static partial void PortalUnhealthy(ILogger logger, int status);

    [LoggerMessage(3106, LogLevel.Error, "A {Kind} sample could not be written to the outbox: {Reason}")]
    public static partial void SampleNotStored(ILogger logger, string kind, string reason);
}
