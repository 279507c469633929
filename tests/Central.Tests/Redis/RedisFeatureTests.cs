using System.Net;
using KimHotspot.Central.Ingest;
using KimHotspot.Central.Live;
using KimHotspot.Central.Redis;
using KimHotspot.Central.Tests.CentralFixture;
using KimHotspot.Contracts.Signing;
using Microsoft.Extensions.DependencyInjection;

namespace KimHotspot.Central.Tests.Redis;

public sealed class RedisFeatureTests
{
    [Fact]
    public async Task AddCentralRedis_NoConnectionString_InProcessServicesAndSoleLeader()
    {
        await using var app = CentralApp.Create();

        Assert.IsType<InProcessLiveState>(app.Services.GetRequiredService<ILiveState>());
        Assert.IsType<InlineReportSink>(app.Services.GetRequiredService<IReportSink>());
        Assert.IsType<InMemoryNonceStore>(app.Services.GetRequiredService<INonceStore>());
        Assert.True(app.Services.GetRequiredService<ILeadership>().IsLeader);
    }

    [Fact]
    public async Task AddCentralRedis_RedisDownAtStart_CentralStartsAndIngestAsksToRetry()
    {
        await using var cluster = await RedisCluster.StartAsync();
        var node = cluster.AddNode("one");
        await cluster.AddSiteAsync(node, "71.74.01.2001");
        await cluster.Redis.StopAsync();
        var late = cluster.AddNode("late");

        using var answer = await cluster.PostAsync(late, RedisCluster.Batch("71.74.01.2001", 1));

        Assert.IsType<RedisReportSink>(late.Services.GetRequiredService<IReportSink>());
        Assert.Equal(HttpStatusCode.TooManyRequests, answer.StatusCode);
        Assert.True(answer.Headers.RetryAfter?.Delta >= TimeSpan.FromSeconds(1));
    }

    [Fact]
    public async Task Leadership_TwoNodes_OneLeaderAtATimeAndTheOtherTakesOver()
    {
        await using var cluster = await RedisCluster.StartAsync();
        var lease = new Dictionary<string, string?> { ["Central:Redis:LeaderLease"] = "00:00:03" };
        var one = cluster.AddNode("one", extra: lease);
        var oneLeads = Became(one, true);
        var two = cluster.AddNode("two", extra: lease);
        var twoLeads = Became(two, true);

        var first = await Task.WhenAny(oneLeads, twoLeads).WaitAsync(TimeSpan.FromSeconds(60));
        var (leader, follower, followerLeads) = first == oneLeads ? (one, two, twoLeads) : (two, one, oneLeads);
        Assert.True(leader.Services.GetRequiredService<ILeadership>().IsLeader);
        Assert.False(follower.Services.GetRequiredService<ILeadership>().IsLeader);
        Assert.Equal(leader.Name, await cluster.Redis.CommandAsync("GET kim:leader"));

        await cluster.RemoveNodeAsync(leader); // releases the lock on shutdown
        await followerLeads.WaitAsync(TimeSpan.FromSeconds(60));

        Assert.True(follower.Services.GetRequiredService<ILeadership>().IsLeader);
        Assert.Equal(follower.Name, await cluster.Redis.CommandAsync("GET kim:leader"));
    }

    private static Task Became(RedisNode node, bool leader)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var leadership = node.Services.GetRequiredService<RedisLeadership>();
        leadership.Changed += (_, now) =>
        {
            if (now == leader)
            {
                done.TrySetResult();
            }
        };
        if (leadership.IsLeader == leader)
        {
            done.TrySetResult();
        }

        return done.Task;
    }
}
