using KimHotspot.RouterAgent.Outbox;

namespace KimHotspot.RouterAgent.Tests.Outbox;

public sealed class OutboxDeliveryTests
{
    [Fact]
    public async Task AcknowledgeAsync_SomeKeys_DeletesExactlyThoseAndOthersComeAgain()
    {
        using var fx = new OutboxFixture();
        await using var outbox = fx.Open();
        var keys = new List<OutboxKey>();
        for (var i = 0; i < 4; i++)
        {
            keys.Add(await outbox.AppendAsync("k", fx.Time.GetUtcNow(), [(byte)i]));
        }
        var batch = await outbox.LeaseBatchAsync(10, 1 << 20);
        Assert.Equal(2, await outbox.AcknowledgeAsync([batch[0].Key, batch[2].Key, batch[0].Key]));
        var again = await outbox.LeaseBatchAsync(10, 1 << 20);
        Assert.Equal([keys[1], keys[3]], again.Select(e => e.Key));
    }

    [Fact]
    public async Task LeaseBatchAsync_CrashBeforeAck_ReopenedFileLeasesSameRowsAgain()
    {
        using var fx = new OutboxFixture();
        List<OutboxKey> leased;
        await using (var outbox = fx.Open())
        {
            for (var i = 0; i < 20; i++)
            {
                await outbox.AppendAsync("k", fx.Time.GetUtcNow(), OutboxFixture.Number(i));
            }
            leased = [.. (await outbox.LeaseBatchAsync(8, 1 << 20)).Select(e => e.Key)];
            await outbox.AcknowledgeAsync(leased.Take(3));
        } // "crash": gone between lease and ack of the other five
        await using var reopened = fx.Open();
        var all = await reopened.LeaseBatchAsync(100, 1 << 20);
        Assert.Equal(17, all.Count);
        Assert.Equal(leased.Skip(3), all.Take(5).Select(e => e.Key));
        Assert.Equal(Enumerable.Range(3, 17), all.Select(e => (int)OutboxFixture.ToInt(e.Body)));
    }

    [Fact]
    public async Task LeaseAndAcknowledge_RandomInterleavingsWithRestarts_EveryKeyDeliveredExactlyOnce()
    {
        using var fx = new OutboxFixture();
        var random = new Random(20260301);
        var appended = new HashSet<OutboxKey>();
        var acked = new HashSet<OutboxKey>();
        var outbox = fx.Open();
        try
        {
            while (appended.Count < 10_000 || acked.Count < appended.Count)
            {
                var roll = random.Next(100);
                if (roll < 60 && appended.Count < 10_000)
                {
                    var burst = random.Next(1, 30);
                    for (var i = 0; i < burst && appended.Count < 10_000; i++)
                    {
                        Assert.True(appended.Add(await outbox.AppendAsync("k", fx.Time.GetUtcNow(), OutboxFixture.Number(appended.Count))));
                    }
                }
                else if (roll < 98)
                {
                    var batch = await outbox.LeaseBatchAsync(random.Next(1, 200), random.Next(1, 4000));
                    Assert.All(batch, e => Assert.DoesNotContain(e.Key, acked));
                    var toAck = batch.Where(_ => random.Next(4) != 0).Select(e => e.Key).ToList();
                    Assert.Equal(toAck.Count, await outbox.AcknowledgeAsync(toAck));
                    Assert.All(toAck, k => Assert.True(acked.Add(k)));
                }
                else
                {
                    await outbox.DisposeAsync();
                    outbox = fx.Open();
                }
                fx.Time.Advance(TimeSpan.FromSeconds(random.Next(0, 5)));
            }
            Assert.Equal(appended.Count, acked.Count);
            Assert.True(appended.SetEquals(acked));
            Assert.Equal(0, (await outbox.GetStatsAsync()).Depth);
        }
        finally
        {
            await outbox.DisposeAsync();
        }
    }
}
