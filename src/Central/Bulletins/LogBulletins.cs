namespace KimHotspot.Central;

/// <summary>Central log messages of city-wide bulletins (event ids 4650–4699).</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 4650, Level = LogLevel.Information, Message = "City bulletin {BulletinId} {Action} by {Actor} (change {ChangeSeq})")]
    public static partial void BulletinChanged(ILogger logger, long bulletinId, string action, string actor, long changeSeq);

    [LoggerMessage(EventId = 4651, Level = LogLevel.Debug, Message = "City bulletin change number {ChangeSeq} taken by a concurrent save; retrying")]
    public static partial void BulletinSeqRace(ILogger logger, long changeSeq);

    [LoggerMessage(EventId = 4652, Level = LogLevel.Warning, Message = "Bulletin pull by site {SiteId} refused: {Verdict}")]
    public static partial void BulletinPullRefused(ILogger logger, string siteId, KimHotspot.Contracts.Signing.VerifyResult verdict);

    [LoggerMessage(EventId = 4653, Level = LogLevel.Debug, Message = "Bulletin pull by site {SiteId} since {Since}: {Count} bulletins, cursor {Cursor}")]
    public static partial void BulletinPullServed(ILogger logger, string siteId, long since, int count, long cursor);
}
