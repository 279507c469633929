using KimHotspot.RouterOs.Protocol;

namespace KimHotspot.RouterOs.Tests.Connection;

public sealed class FaultTests
{
    private static RouterOsCommand Identity => new("/system/identity/print");

    [Fact]
    public async Task ExecuteAsync_ReplyDelayOverTimeout_TimesOutAndLateRepliesAreSwallowed()
    {
        await using var sim = await RouterFixture.StartAsync();
        await using var connection = await sim.ConnectAsync(o => o.CommandTimeout = TimeSpan.FromMilliseconds(200));
        sim.Router.Faults.ReplyDelay = TimeSpan.FromSeconds(1);
        var sent = RouterFixture.NextSent(connection, "/system/identity/print");

        var ex = await Assert.ThrowsAsync<RouterOsException>(() => connection.ExecuteAsync(Identity));
        var tag = await sent;
        var lateDone = RouterFixture.NextReply(connection, r => r.Tag == tag && r.Kind == ReplyKind.Done);
        sim.Router.Faults.ReplyDelay = TimeSpan.Zero;
        await lateDone; // the late replies arrive and are swallowed; the next command is not queued behind them
        var identity = await connection.ExecuteAsync(new RouterOsCommand("/system/identity/print"));

        Assert.True(ex.IsTransient);
        Assert.Contains("timed out", ex.Message, StringComparison.Ordinal);
        Assert.Single(identity.Rows);
    }

    [Fact]
    public async Task ExecuteAsync_Silence_TimesOut()
    {
        await using var sim = await RouterFixture.StartAsync();
        await using var connection = await sim.ConnectAsync(o => o.CommandTimeout = TimeSpan.FromMilliseconds(200));
        sim.Router.Faults.Silence = true;

        var ex = await Assert.ThrowsAsync<RouterOsException>(() => connection.ExecuteAsync(Identity));

        Assert.True(ex.IsTransient);
        Assert.Contains("timed out", ex.Message, StringComparison.Ordinal);
        Assert.True(connection.IsConnected);
    }

    [Fact]
    public async Task ExecuteAsync_ByteByByteReplies_StillParsed()
    {
        await using var sim = await RouterFixture.StartAsync();
        sim.Router.Faults.ByteByByte = true;
        await using var connection = await sim.ConnectAsync();

        var identity = await connection.ExecuteAsync(Identity);

        Assert.Equal(sim.Router.Identity, Assert.Single(identity.Rows)["name"]);
    }

    [Fact]
    public async Task ExecuteAsync_LongLengthPrefixes_StillParsed()
    {
        await using var sim = await RouterFixture.StartAsync();
        sim.Router.Faults.LongLengthPrefixes = true;
        await using var connection = await sim.ConnectAsync();

        var identity = await connection.ExecuteAsync(Identity);

        Assert.Equal(sim.Router.Identity, Assert.Single(identity.Rows)["name"]);
    }

    [Fact]
    public async Task ExecuteAsync_DropMidSentence_FailsPendingAndMarksConnectionDead()
    {
        await using var sim = await RouterFixture.StartAsync();
        await using var connection = await sim.ConnectAsync();
        sim.Router.Faults.DropMidSentence = true;

        var ex = await Assert.ThrowsAsync<RouterOsException>(() => connection.ExecuteAsync(Identity));
        await connection.Completion.WaitAsync(RouterFixture.Patience);

        Assert.True(ex.IsTransient);
        Assert.False(connection.IsConnected);
        Assert.NotNull(connection.Fault);
        await Assert.ThrowsAsync<RouterOsException>(() => connection.ExecuteAsync(Identity));
    }

    [Fact]
    public async Task ExecuteAsync_FatalNext_FailsWithReason()
    {
        await using var sim = await RouterFixture.StartAsync();
        await using var connection = await sim.ConnectAsync();
        sim.Router.Faults.FatalNext = "too many commands before login";

        var ex = await Assert.ThrowsAsync<RouterOsException>(() => connection.ExecuteAsync(Identity));
        await connection.Completion.WaitAsync(RouterFixture.Patience);

        Assert.Contains("too many commands before login", ex.Message, StringComparison.Ordinal);
        Assert.Contains("too many commands before login", connection.Fault!.Message, StringComparison.Ordinal);
        Assert.False(connection.IsConnected);
    }

    [Fact]
    public async Task ExecuteAsync_UnknownReplyWord_IsSkipped()
    {
        await using var sim = await RouterFixture.StartAsync();
        await using var connection = await sim.ConnectAsync();
        sim.Router.Faults.UnknownReplyWordNext = true;

        var identity = await connection.ExecuteAsync(Identity);
        var again = await connection.ExecuteAsync(Identity);

        Assert.Single(identity.Rows);
        Assert.Single(again.Rows);
        Assert.True(connection.IsConnected);
    }
}
