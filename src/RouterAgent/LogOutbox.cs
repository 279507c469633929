using Microsoft.Extensions.Logging;

namespace KimHotspot.RouterAgent;

internal static partial class Log
{
    [LoggerMessage(3000, LogLevel.Information, "Outbox opened at {Path}: boot {BootId}, {Depth} reports waiting")]
    public static partial void OutboxOpened(ILogger logger, string path, Guid bootId, long depth);

    [LoggerMessage(3001, LogLevel.Information, "Outbox rolled {Rows} reports of {Kind} for hour {HourStart:u} into one")]
    public static partial void OutboxRolledUp(ILogger logger, int rows, string kind, DateTimeOffset hourStart);

    [LoggerMessage(3002, LogLevel.Warning, "Outbox over budget: dropped {Rows} reports of {Kind}")]
    public static partial void OutboxDropped(ILogger logger, long rows, string kind);

    [LoggerMessage(3003, LogLevel.Warning, "Outbox could not roll up {Kind} for hour {HourStart:u}; left as detail: {Reason}")]
    public static partial void OutboxRollupFailed(ILogger logger, string kind, DateTimeOffset hourStart, string reason);

    [LoggerMessage(3004, LogLevel.Warning, "The wall clock jumped by {Jump}; enqueue times of {Rows} waiting reports moved with it")]
    public static partial void OutboxClockJumped(ILogger logger, TimeSpan jump, int rows);
}
