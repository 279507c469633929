using Microsoft.Extensions.Logging;

namespace KimHotspot.RouterAgent;

/// <summary>Log messages of the systemd integration (event ids 3300–3399).</summary>
internal static partial class Log
{
    [LoggerMessage(3300, LogLevel.Error, "Collector has not finished a cycle for {Stalled}: not petting the systemd watchdog")]
    public static partial void WatchdogWithheld(ILogger logger, TimeSpan stalled);
}
