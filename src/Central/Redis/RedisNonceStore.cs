using KimHotspot.Contracts.Signing;
using StackExchange.Redis;

namespace KimHotspot.Central.Redis;

/// <summary>
/// Nonces shared by every node (<c>SET kim:nonce:{site}:{nonce} 1 NX PX ttl</c>): a batch replayed to another node is
/// refused. While Redis cannot answer, nonces are remembered in this node only; the batch then cannot be stored anyway
/// (the stream is in the same Redis) and is answered 429, and a replay would be stored only once.
/// </summary>
internal sealed class RedisNonceStore(IConnectionMultiplexer redis, ILogger<RedisNonceStore> logger) : INonceStore
{
    private static readonly TimeSpan MinimumTtl = TimeSpan.FromSeconds(1);
    private readonly InMemoryNonceStore _fallback = new();

    public async ValueTask<bool> TryAddAsync(
        string siteId, string nonce, DateTimeOffset now, DateTimeOffset expiresAt, CancellationToken cancellationToken)
    {
        var ttl = expiresAt - now;
        try
        {
            return await redis.GetDatabase()
                .StringSetAsync(RedisKeys.Nonce(siteId, nonce), 1, ttl < MinimumTtl ? MinimumTtl : ttl, When.NotExists)
                .WaitAsync(cancellationToken);
        }
        catch (Exception e) when (RedisFailure.IsRedis(e))
        {
            Log.NonceFallback(logger, e, siteId);
            return await _fallback.TryAddAsync(siteId, nonce, now, expiresAt, cancellationToken);
        }
    }
}
