using StackExchange.Redis;

namespace KimHotspot.Central.Redis;

/// <summary>Which exceptions mean "Redis cannot answer now" (down, unreachable, timing out, still loading).</summary>
internal static class RedisFailure
{
    public static bool IsRedis(Exception e) => e is RedisException or RedisTimeoutException;
}
