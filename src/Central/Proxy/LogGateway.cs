namespace KimHotspot.Central;

/// <summary>Central log messages of the site gateway (event ids 4500–4549).</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 4500, Level = LogLevel.Information, Message = "Site gateway now routes {Count} site Portal(s)")]
    public static partial void GatewayRoutesChanged(ILogger logger, int count);

    [LoggerMessage(EventId = 4501, Level = LogLevel.Warning, Message = "Site gateway could not read the registry; keeping the current routes")]
    public static partial void GatewayRefreshFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 4502, Level = LogLevel.Warning, Message = "Portal of site {SiteId} is unreachable after {Failures} failed health probe(s): {Reason}")]
    public static partial void PortalUnhealthy(ILogger logger, string siteId, int failures, string reason);

    [LoggerMessage(EventId = 4503, Level = LogLevel.Information, Message = "Portal of site {SiteId} answers its health probe again")]
    public static partial void PortalHealthy(ILogger logger, string siteId);

    [LoggerMessage(EventId = 4504, Level = LogLevel.Error, Message = "Site gateway routes were rejected by YARP; the previous routes stay")]
    public static partial void GatewayConfigRejected(ILogger logger, Exception exception);
}
