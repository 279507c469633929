using StackExchange.Redis;

namespace KimHotspot.Central;

/// <summary>Central log messages of the Redis mode (event ids 4400–4499).</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 4400, Level = LogLevel.Information, Message = "Redis mode: node {Node}, stream consumer {Consume}")]
    public static partial void RedisMode(ILogger logger, string node, bool consume);

    [LoggerMessage(EventId = 4401, Level = LogLevel.Warning, Message = "Redis unavailable: batch from {SiteId} refused for now")]
    public static partial void SinkUnavailable(ILogger logger, Exception exception, string siteId);

    [LoggerMessage(EventId = 4402, Level = LogLevel.Warning, Message = "Redis unavailable: nonce of {SiteId} checked in this node only")]
    public static partial void NonceFallback(ILogger logger, Exception exception, string siteId);

    [LoggerMessage(EventId = 4410, Level = LogLevel.Warning, Message = "Ingest consumer failed ({Failures} in a row); retrying in {Wait}")]
    public static partial void ConsumerFailed(ILogger logger, Exception exception, int failures, TimeSpan wait);

    [LoggerMessage(EventId = 4411, Level = LogLevel.Information, Message = "Ingest consumer running again after {Failures} failures")]
    public static partial void ConsumerRecovered(ILogger logger, int failures);

    [LoggerMessage(EventId = 4412, Level = LogLevel.Error, Message = "Unreadable ingest entry {EntryId} dropped")]
    public static partial void EntryUnreadable(ILogger logger, RedisValue entryId);

    [LoggerMessage(EventId = 4413, Level = LogLevel.Information, Message = "Claimed {Count} ingest entries left pending by other consumers")]
    public static partial void EntriesClaimed(ILogger logger, int count);

    [LoggerMessage(EventId = 4414, Level = LogLevel.Debug, Message = "Ingest entry {EntryId} of {SiteId} stored: {New} new reports")]
    public static partial void EntryStored(ILogger logger, RedisValue entryId, string siteId, int @new);

    [LoggerMessage(EventId = 4420, Level = LogLevel.Information, Message = "Node {Node} is now {Role}")]
    public static partial void LeadershipChanged(ILogger logger, string node, string role);

    [LoggerMessage(EventId = 4421, Level = LogLevel.Warning, Message = "Leader lock not renewed (Redis unavailable)")]
    public static partial void LeaderRenewFailed(ILogger logger, Exception exception);
}
