using KimHotspot.Central.Live;
using KimHotspot.Central.Redis;

namespace KimHotspot.Central.Tests.Redis;

public sealed class RedisLiveStateTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 28, 4, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task UpdateAsync_TwoNodes_SeeOneState()
    {
        await using var server = await RedisServer.StartNewAsync();
        await using var one = await LiveStates.ConnectAsync(server, "one");
        await using var two = await LiveStates.ConnectAsync(server, "two");
        var (a, b) = (new RedisLiveState(one), new RedisLiveState(two));

        await a.UpdateAsync(new SiteLive { SiteId = "x", LastSeen = T0, LastSampleAt = T0, ActiveUsers = 4 });
        await b.UpdateAsync(new SiteLive { SiteId = "x", LastSeen = T0.AddMinutes(1), LastSampleAt = T0.AddMinutes(1), CpuLoadPercent = 30 });

        var seen = await a.GetAsync("x");
        Assert.Equal((4, 30), (seen!.ActiveUsers!.Value, seen.CpuLoadPercent!.Value));
    }

    [Fact]
    public async Task UpdateAsync_LastSeen_ScoredInSortedSetAndNeverMovedBack()
    {
        await using var server = await RedisServer.StartNewAsync();
        await using var connection = await LiveStates.ConnectAsync(server);
        var state = new RedisLiveState(connection);

        await state.UpdateAsync(new SiteLive { SiteId = "x", LastSeen = T0.AddMinutes(10) });
        await state.UpdateAsync(new SiteLive { SiteId = "x", LastSeen = T0 });

        var score = await connection.GetDatabase().SortedSetScoreAsync("kim:lastseen", "x");
        Assert.Equal(T0.AddMinutes(10).ToUnixTimeMilliseconds(), (long)score!.Value);
        Assert.Equal(T0.AddMinutes(10), (await state.GetAsync("x"))!.LastSeen);
    }

    [Fact]
    public async Task UpdateAsync_AfterRedisRestart_StateKeptAndScriptReloaded()
    {
        await using var server = await RedisServer.StartNewAsync();
        await using var connection = await LiveStates.ConnectAsync(server);
        var state = new RedisLiveState(connection);
        await state.UpdateAsync(new SiteLive { SiteId = "x", LastSeen = T0, LastSampleAt = T0, ActiveUsers = 4 });
        var restored = Restored(connection);

        await server.StopAsync();
        await server.StartAsync();
        await restored.WaitAsync(TimeSpan.FromSeconds(60));
        await state.UpdateAsync(new SiteLive { SiteId = "x", LastSeen = T0.AddMinutes(1), LastSampleAt = T0.AddMinutes(1), CpuLoadPercent = 9 });

        var site = await state.GetAsync("x");
        Assert.Equal((4, 9), (site!.ActiveUsers!.Value, site.CpuLoadPercent!.Value));
    }

    internal static Task Restored(StackExchange.Redis.IConnectionMultiplexer connection)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        connection.ConnectionRestored += (_, e) =>
        {
            if (e.ConnectionType == StackExchange.Redis.ConnectionType.Interactive)
            {
                done.TrySetResult();
            }
        };
        return done.Task;
    }
}
