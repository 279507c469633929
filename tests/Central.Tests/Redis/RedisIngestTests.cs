using System.Net;
using KimHotspot.Central.Live;
using KimHotspot.Contracts.Messages;
using Microsoft.Extensions.DependencyInjection;

namespace KimHotspot.Central.Tests.Redis;

/// <summary>Two or three Central nodes on one real Redis and one SQLite folder, agents posting signed batches.</summary>
public sealed class RedisIngestTests
{
    private const string SiteA = "71.74.01.2001";
    private const string SiteB = "71.74.02.2002";

    [Fact]
    public async Task Post_SameAndDifferentBatchesToTwoNodes_EveryReportStoredOnce()
    {
        await using var cluster = await RedisCluster.StartAsync();
        var one = cluster.AddNode("one");
        await cluster.AddSiteAsync(one, SiteA);
        await cluster.AddSiteAsync(one, SiteB);
        var two = cluster.AddNode("two");
        var nodes = new[] { one, two };
        var sent = new List<ReportBatch>();

        for (var i = 0; i < 20; i++)
        {
            // Each batch overlaps the previous one by a report; every batch goes to both nodes at once (a retry
            // after a lost ack), alternating which node gets it first.
            var site = i % 2 == 0 ? SiteA : SiteB;
            var batch = RedisCluster.Batch(site, (3 * i) + 1, (3 * i) + 2, (3 * i) + 3, (3 * i) + 4);
            sent.Add(batch);
            var first = nodes[i % 2];
            var second = nodes[(i + 1) % 2];
            var answers = await Task.WhenAll(cluster.PostAsync(first, batch), cluster.PostAsync(second, batch));
            foreach (var answer in answers)
            {
                Assert.Equal(batch.Reports.Select(r => r.Key), (await RedisNode.AckAsync(answer)).Accepted);
            }
        }

        var distinct = sent.SelectMany(b => b.Reports).DistinctBy(r => (r.SiteId, r.Key)).ToList();
        await cluster.WaitForStoredAsync(distinct.Count);
        Assert.Equal(distinct.Count, await cluster.StoredReportsAsync());
        foreach (var site in new[] { SiteA, SiteB })
        {
            var expected = distinct.Where(r => r.SiteId == site).Sum(r => ((HotspotUsage)r.Body).BytesIn);
            Assert.Equal(expected, await cluster.BytesInAsync(site));
        }

        Assert.Equal(0, await cluster.StreamLengthAsync());
        var newest = distinct.Where(r => r.SiteId == SiteB).MaxBy(r => r.Seq)!;
        var live = await two.Services.GetRequiredService<ILiveState>().GetAsync(SiteB);
        Assert.Equal(((HotspotUsage)newest.Body).PeakConcurrent, live!.ActiveUsers);
    }

    [Fact]
    public async Task Post_RedisKilledMidRun_RefusedWithRetryAfterAndNothingLostAfterRestart()
    {
        await using var cluster = await RedisCluster.StartAsync();
        var one = cluster.AddNode("one");
        await cluster.AddSiteAsync(one, SiteA);
        var two = cluster.AddNode("two");
        var nodes = new[] { one, two };
        var acked = new List<Report>();
        for (var i = 0; i < 10; i++)
        {
            var batch = RedisCluster.Batch(SiteA, (2 * i) + 1, (2 * i) + 2);
            _ = await RedisNode.AckAsync(await cluster.PostAsync(nodes[i % 2], batch));
            acked.AddRange(batch.Reports);
        }

        var restored = Task.WhenAll(nodes.Select(n => RedisLiveStateTests.Restored(n.Redis)));
        await cluster.Redis.StopAsync();
        var kept = new List<ReportBatch>();
        for (var i = 10; i < 16; i++)
        {
            var batch = RedisCluster.Batch(SiteA, (2 * i) + 1, (2 * i) + 2);
            using var refused = await cluster.PostAsync(nodes[i % 2], batch);
            Assert.Contains(refused.StatusCode, new[] { HttpStatusCode.TooManyRequests, HttpStatusCode.ServiceUnavailable });
            Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero, "Retry-After missing");
            kept.Add(batch); // not acknowledged: the agent keeps these reports
        }

        await cluster.Redis.StartAsync();
        await restored.WaitAsync(TimeSpan.FromSeconds(60));
        await cluster.WaitForStoredAsync(acked.Count);
        foreach (var batch in kept)
        {
            _ = await RedisNode.AckAsync(await cluster.PostAsync(nodes[(int)batch.Reports[0].Seq % 2], batch));
        }

        var all = acked.Concat(kept.SelectMany(b => b.Reports)).ToList();
        await cluster.WaitForStoredAsync(all.Count);
        Assert.Equal(all.Count, await cluster.StoredReportsAsync());
        Assert.Equal(all.Sum(r => ((HotspotUsage)r.Body).BytesIn), await cluster.BytesInAsync(SiteA));
    }

    [Fact]
    public async Task Post_AckedThenRedisCrashesBeforeAnyConsumer_StoredOnceWhenRedisReturns()
    {
        await using var cluster = await RedisCluster.StartAsync();
        var one = cluster.AddNode("ingest-one", consume: false);
        await cluster.AddSiteAsync(one, SiteA);
        await cluster.AddSiteAsync(one, SiteB);
        var two = cluster.AddNode("ingest-two", consume: false);
        var acked = new List<Report>();
        for (var i = 0; i < 8; i++)
        {
            var batch = RedisCluster.Batch(i % 2 == 0 ? SiteA : SiteB, (2 * i) + 1, (2 * i) + 2);
            _ = await RedisNode.AckAsync(await cluster.PostAsync(one, batch));
            _ = await RedisNode.AckAsync(await cluster.PostAsync(two, batch)); // the same batch again: acked, one entry more
            acked.AddRange(batch.Reports);
        }

        Assert.Equal(0, await cluster.StoredReportsAsync()); // acknowledged from the stream alone
        Assert.Equal(16, await cluster.StreamLengthAsync());

        await cluster.Redis.StopAsync(); // SIGKILL: only what was fsynced survives
        await cluster.Redis.StartAsync();
        _ = cluster.AddNode("consumer");
        await cluster.WaitForStoredAsync(acked.Count);

        Assert.Equal(acked.Count, await cluster.StoredReportsAsync());
        Assert.Equal(acked.Where(r => r.SiteId == SiteA).Sum(r => ((HotspotUsage)r.Body).BytesIn), await cluster.BytesInAsync(SiteA));
        Assert.Equal(acked.Where(r => r.SiteId == SiteB).Sum(r => ((HotspotUsage)r.Body).BytesIn), await cluster.BytesInAsync(SiteB));
    }
}
