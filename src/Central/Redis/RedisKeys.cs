using StackExchange.Redis;

namespace KimHotspot.Central.Redis;

/// <summary>Every Redis key and name Central uses.</summary>
internal static class RedisKeys
{
    /// <summary>Stream of verified batches waiting to be stored in SQLite.</summary>
    public static readonly RedisKey Ingest = "kim:ingest";

    /// <summary>The consumer group every node reads <see cref="Ingest"/> through.</summary>
    public const string Group = "central";

    /// <summary>Sorted set: site id scored by last seen (unix ms).</summary>
    public static readonly RedisKey LastSeen = "kim:lastseen";

    /// <summary>Leader lock: the leading node's name, with a lease.</summary>
    public static readonly RedisKey Leader = "kim:leader";

    /// <summary>Hash of a site's current figures.</summary>
    public static RedisKey Site(string siteId) => "kim:site:" + siteId;

    /// <summary>A used signature nonce (expires with the signature's validity).</summary>
    public static RedisKey Nonce(string siteId, string nonce) => $"kim:nonce:{siteId}:{nonce}";
}
