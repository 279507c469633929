namespace KimHotspot.RouterSimulator;

/// <summary>Log messages of the program entry, control API and hotspot HTTP front (event ids 5500-5599).</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 5500, Level = LogLevel.Information,
        Message = "Simulator web listeners started: control API {ControlUrl}, hotspot HTTP front {HotspotUrl}")]
    public static partial void WebListening(ILogger logger, string controlUrl, string hotspotUrl);
}
