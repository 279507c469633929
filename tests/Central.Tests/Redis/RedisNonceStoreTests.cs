using KimHotspot.Central.Redis;
using Microsoft.Extensions.Logging.Abstractions;

namespace KimHotspot.Central.Tests.Redis;

public sealed class RedisNonceStoreTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 4, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task TryAddAsync_NonceReplayedToAnotherNode_Refused()
    {
        await using var server = await RedisServer.StartNewAsync();
        await using var one = await LiveStates.ConnectAsync(server, "one");
        await using var two = await LiveStates.ConnectAsync(server, "two");
        var (a, b) = (new RedisNonceStore(one, NullLogger<RedisNonceStore>.Instance), new RedisNonceStore(two, NullLogger<RedisNonceStore>.Instance));

        var first = await a.TryAddAsync("s1", "n1", Now, Now.AddMinutes(10), default);
        var replay = await b.TryAddAsync("s1", "n1", Now, Now.AddMinutes(10), default);
        var otherSite = await b.TryAddAsync("s2", "n1", Now, Now.AddMinutes(10), default);

        Assert.Equal((true, false, true), (first, replay, otherSite));
    }

    [Fact]
    public async Task TryAddAsync_Nonce_ExpiresWithTheSignature()
    {
        await using var server = await RedisServer.StartNewAsync();
        await using var connection = await LiveStates.ConnectAsync(server);
        var store = new RedisNonceStore(connection, NullLogger<RedisNonceStore>.Instance);

        Assert.True(await store.TryAddAsync("s1", "n1", Now, Now.AddMinutes(10), default));

        var ttl = await connection.GetDatabase().KeyTimeToLiveAsync("kim:nonce:s1:n1");
        Assert.InRange(ttl!.Value, TimeSpan.FromMinutes(9), TimeSpan.FromMinutes(10));
    }

    [Fact]
    public async Task TryAddAsync_RedisDown_RemembersInThisNode()
    {
        await using var server = await RedisServer.StartNewAsync();
        await using var connection = await LiveStates.ConnectAsync(server);
        var store = new RedisNonceStore(connection, NullLogger<RedisNonceStore>.Instance);
        await server.StopAsync();

        var first = await store.TryAddAsync("s1", "n1", Now, Now.AddMinutes(10), default);
        var replay = await store.TryAddAsync("s1", "n1", Now, Now.AddMinutes(10), default);

        Assert.Equal((true, false), (first, replay));
    }
}
