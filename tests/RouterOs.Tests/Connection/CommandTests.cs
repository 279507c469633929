using KimHotspot.RouterOs.Connection;
using KimHotspot.RouterOs.Protocol;

namespace KimHotspot.RouterOs.Tests.Connection;

public sealed class CommandTests
{
    [Fact]
    public async Task ExecuteAsync_HundredCommandsInFlight_EachGetsItsOwnReply()
    {
        await using var sim = await RouterFixture.StartAsync();
        await using var connection = await sim.ConnectAsync();

        var adds = Enumerable.Range(0, 100).Select(i => connection.ExecuteAsync(
            new RouterOsCommand("/ip/hotspot/user/add").Attribute("name", $"u{i:D3}").Attribute("password", "p")));
        var results = await Task.WhenAll(adds);
        var users = await connection.ExecuteAsync(new RouterOsCommand("/ip/hotspot/user/print").Proplist(".id", "name"));

        var ids = results.Select(r => r.Ret).ToList();
        Assert.All(ids, id => Assert.StartsWith("*", id, StringComparison.Ordinal));
        Assert.Equal(100, ids.Distinct().Count());
        var byId = users.Rows.Where(r => r.Id is not null).ToDictionary(r => r.Id!, r => r["name"]);
        for (int i = 0; i < 100; i++)
        {
            Assert.Equal($"u{i:D3}", byId[ids[i]!]);
        }
    }

    [Fact]
    public async Task ExecuteAsync_PrintWithQuery_ReturnsMatchingRowsOnly()
    {
        await using var sim = await RouterFixture.StartAsync();
        await using var connection = await sim.ConnectAsync();
        foreach (var name in new[] { "alice", "bob", "carol" })
        {
            await connection.ExecuteAsync(new RouterOsCommand("/ip/hotspot/user/add").Attribute("name", name).Attribute("password", "x"));
        }

        var rows = await connection.ExecuteAsync(new RouterOsCommand("/ip/hotspot/user/print")
            .Where("name", "alice").Where("name", "carol").Operations("|"));

        Assert.Equal(["alice", "carol"], rows.Rows.Select(r => r["name"]).Order());
    }

    [Theory]
    [InlineData("7.19", true)]
    [InlineData("6.49", false)]
    public async Task ExecuteAsync_NoRows_EmptyOnlyOnNewRouters(string version, bool expectEmpty)
    {
        await using var sim = await RouterFixture.StartAsync(version);
        await using var connection = await sim.ConnectAsync();
        bool sawEmpty = false;
        connection.ReplyReceived += reply => sawEmpty |= reply.Kind == ReplyKind.Empty;

        var result = await connection.ExecuteAsync(new RouterOsCommand("/ip/hotspot/user/print").Where("name", "nobody"));

        Assert.Empty(result.Rows);
        Assert.Equal(expectEmpty, sawEmpty);
    }

    [Fact]
    public async Task ExecuteAsync_UnknownMenu_AggregatesTrapsAndConnectionStaysUsable()
    {
        await using var sim = await RouterFixture.StartAsync();
        await using var connection = await sim.ConnectAsync();

        var ex = await Assert.ThrowsAsync<RouterOsTrapException>(
            () => connection.ExecuteAsync(new RouterOsCommand("/ip/adress/print")));
        var identity = await connection.ExecuteAsync(new RouterOsCommand("/system/identity/print"));

        Assert.Equal(2, ex.Traps.Count);
        Assert.True(ex.IsNoSuchCommand);
        Assert.Equal("/ip/adress/print", ex.Command);
        Assert.Single(identity.Rows);
        Assert.True(connection.IsConnected);
    }

    [Fact]
    public async Task ExecuteAsync_AddThenRemove_DoneCarriesRet()
    {
        await using var sim = await RouterFixture.StartAsync();
        await using var connection = await sim.ConnectAsync();

        var added = await connection.ExecuteAsync(
            new RouterOsCommand("/ip/hotspot/user/add").Attribute("name", "v1").Attribute("password", "p"));
        await connection.ExecuteAsync(new RouterOsCommand("/ip/hotspot/user/remove").Attribute(".id", added.Ret!));
        var left = await connection.ExecuteAsync(new RouterOsCommand("/ip/hotspot/user/print").Where("name", "v1"));

        Assert.NotNull(added.Ret);
        Assert.Empty(left.Rows);
    }

    [Fact]
    public async Task ExecuteAsync_CallerCancels_SendsCancelAndConnectionStaysUsable()
    {
        await using var sim = await RouterFixture.StartAsync();
        await using var connection = await sim.ConnectAsync();
        var listenTag = RouterFixture.NextSent(connection, "/ip/hotspot/user/listen");
        using var cts = new CancellationTokenSource();

        var listen = connection.ExecuteAsync(new RouterOsCommand("/ip/hotspot/user/listen"), cts.Token);
        var tag = await listenTag;
        var interrupted = RouterFixture.NextReply(connection, r => r.Tag == tag && r.Kind == ReplyKind.Trap);
        var done = RouterFixture.NextReply(connection, r => r.Tag == tag && r.Kind == ReplyKind.Done);
        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => listen);
        var trap = await interrupted;
        await done;
        var identity = await connection.ExecuteAsync(new RouterOsCommand("/system/identity/print"));

        Assert.Equal("2", trap.Get("category"));
        Assert.Single(identity.Rows);
        Assert.True(connection.IsConnected);
    }

    [Fact]
    public async Task ExecuteAsync_AlreadyCancelledToken_ThrowsWithoutSending()
    {
        await using var sim = await RouterFixture.StartAsync();
        await using var connection = await sim.ConnectAsync();
        int sent = 0;
        connection.CommandSent += (_, _) => Interlocked.Increment(ref sent);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => connection.ExecuteAsync(new RouterOsCommand("/system/identity/print"), new CancellationToken(true)));

        Assert.Equal(0, sent);
    }
}
