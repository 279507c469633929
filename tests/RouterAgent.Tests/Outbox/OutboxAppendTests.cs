using KimHotspot.RouterAgent.Outbox;

namespace KimHotspot.RouterAgent.Tests.Outbox;

public sealed class OutboxAppendTests
{
    [Fact]
    public async Task AppendAsync_FreshBoot_SeqStartsAtOneAndIncreases()
    {
        using var fx = new OutboxFixture();
        await using var outbox = fx.Open();
        var a = await outbox.AppendAsync("k", fx.Time.GetUtcNow(), [1]);
        var b = await outbox.AppendAsync("k", fx.Time.GetUtcNow(), [2]);
        Assert.Equal(new OutboxKey(outbox.BootId, 1), a);
        Assert.Equal(new OutboxKey(outbox.BootId, 2), b);
    }

    [Fact]
    public async Task Open_AfterRestart_NewBootIdAndOldRowsKept()
    {
        using var fx = new OutboxFixture();
        OutboxKey first;
        await using (var outbox = fx.Open())
        {
            first = await outbox.AppendAsync("k", fx.Time.GetUtcNow(), [1, 2, 3]);
        }
        await using var reopened = fx.Open();
        var second = await reopened.AppendAsync("k", fx.Time.GetUtcNow(), [4]);
        Assert.NotEqual(first.BootId, second.BootId);
        var rows = await reopened.LeaseBatchAsync(10, 1 << 20);
        Assert.Equal([first, second], rows.Select(r => r.Key));
        Assert.Equal([1, 2, 3], rows[0].Body);
    }

    [Fact]
    public async Task Open_NewFile_WalAndFullSync()
    {
        using var fx = new OutboxFixture();
        await using (var outbox = fx.Open())
        {
            await outbox.AppendAsync("k", fx.Time.GetUtcNow(), [1]);
        }
        using var db = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={fx.Options.FilePath};Pooling=False");
        db.Open();
        using var command = db.CreateCommand();
        command.CommandText = "PRAGMA journal_mode;";
        Assert.Equal("wal", command.ExecuteScalar());
        command.CommandText = "SELECT value FROM meta WHERE key = 'schema';";
        Assert.Equal("1", command.ExecuteScalar());
    }

    [Fact]
    public async Task LeaseBatchAsync_Limits_RespectsCountAndBytesButReturnsAtLeastOne()
    {
        using var fx = new OutboxFixture();
        await using var outbox = fx.Open();
        for (var i = 0; i < 5; i++)
        {
            await outbox.AppendAsync("k", fx.Time.GetUtcNow(), new byte[100]);
        }
        Assert.Equal(3, (await outbox.LeaseBatchAsync(3, 1 << 20)).Count);
        Assert.Equal(2, (await outbox.LeaseBatchAsync(10, 250)).Count);
        Assert.Single(await outbox.LeaseBatchAsync(10, 1));
    }
}
