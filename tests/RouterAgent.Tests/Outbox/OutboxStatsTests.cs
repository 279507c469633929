namespace KimHotspot.RouterAgent.Tests.Outbox;

public sealed class OutboxStatsTests
{
    [Fact]
    public async Task GetStatsAsync_WaitingRows_ReportsDepthAgeSizeAndLastAck()
    {
        using var fx = new OutboxFixture();
        await using var outbox = fx.Open();
        var empty = await outbox.GetStatsAsync();
        Assert.Equal(0, empty.Depth);
        Assert.Equal(TimeSpan.Zero, empty.OldestUnsentAge);
        Assert.Null(empty.LastAcknowledgedAt);

        var first = await outbox.AppendAsync("k", fx.Time.GetUtcNow(), new byte[1000]);
        fx.Time.Advance(TimeSpan.FromMinutes(10));
        await outbox.AppendAsync("k", fx.Time.GetUtcNow(), new byte[1000]);
        fx.Time.Advance(TimeSpan.FromMinutes(5));
        var stats = await outbox.GetStatsAsync();
        Assert.Equal(2, stats.Depth);
        Assert.Equal(TimeSpan.FromMinutes(15), stats.OldestUnsentAge);
        Assert.True(stats.BytesOnDisk > 2000);
        Assert.Equal(2 * (1000 + 1 + 64), stats.StoredBytes);

        await outbox.AcknowledgeAsync([first]);
        stats = await outbox.GetStatsAsync();
        Assert.Equal(1, stats.Depth);
        Assert.Equal(TimeSpan.FromMinutes(5), stats.OldestUnsentAge);
        Assert.Equal(fx.Time.GetUtcNow(), stats.LastAcknowledgedAt);
        Assert.Equal(0, stats.Drops);
    }
}
