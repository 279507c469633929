namespace KimHotspot.Portal;

/// <summary>Portal log messages of the admin console's bulletins pages (event ids 2650–2699).</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 2650, Level = LogLevel.Information, Message = "Bulletin {BulletinId} {Action} by {Actor}")]
    public static partial void BulletinChanged(ILogger logger, int bulletinId, string action, string actor);

    [LoggerMessage(EventId = 2651, Level = LogLevel.Information, Message = "Bulletin image upload refused: {Reason}")]
    public static partial void BulletinImageRefused(ILogger logger, string reason);

    [LoggerMessage(EventId = 2652, Level = LogLevel.Debug, Message = "Bulletin image {Name} deleted")]
    public static partial void BulletinImageDeleted(ILogger logger, string name);

    [LoggerMessage(EventId = 2653, Level = LogLevel.Warning, Message = "Deleting bulletin image {Name} failed")]
    public static partial void BulletinImageDeleteFailed(ILogger logger, string name, Exception exception);
}
