using KimHotspot.RouterOs.Protocol;

namespace KimHotspot.RouterOs.Tests.Connection;

public sealed class StreamTests
{
    [Fact]
    public async Task StreamAsync_ListenThenCancel_YieldsChangesAndEndsCleanly()
    {
        await using var sim = await RouterFixture.StartAsync();
        await using var connection = await sim.ConnectAsync();
        var listenTag = RouterFixture.NextSent(connection, "/ip/hotspot/user/listen");
        using var cts = new CancellationTokenSource();
        var received = new List<RouterOsRow>();

        var consumer = Task.Run(async () =>
        {
            await foreach (var row in connection.StreamAsync(new RouterOsCommand("/ip/hotspot/user/listen"), cts.Token))
            {
                received.Add(row);
                await cts.CancelAsync();
            }
        });
        var tag = await listenTag;
        var done = RouterFixture.NextReply(connection, r => r.Tag == tag && r.Kind == ReplyKind.Done);
        await connection.ExecuteAsync(new RouterOsCommand("/ip/hotspot/user/add").Attribute("name", "listened").Attribute("password", "p"));

        await consumer.WaitAsync(RouterFixture.Patience);
        await done;
        var identity = await connection.ExecuteAsync(new RouterOsCommand("/system/identity/print"));

        Assert.Equal("listened", Assert.Single(received)["name"]);
        Assert.Single(identity.Rows);
    }

    [Fact]
    public async Task StreamAsync_ConsumerBreaksEarly_CancelsOnRouter()
    {
        await using var sim = await RouterFixture.StartAsync();
        await using var connection = await sim.ConnectAsync();
        var listenTag = RouterFixture.NextSent(connection, "/ip/hotspot/user/listen");
        var cancelSent = RouterFixture.NextSent(connection, "/cancel");

        var consumer = Task.Run(async () =>
        {
            await foreach (var row in connection.StreamAsync(new RouterOsCommand("/ip/hotspot/user/listen")))
            {
                return row;
            }

            return null;
        });
        var tag = await listenTag;
        var done = RouterFixture.NextReply(connection, r => r.Tag == tag && r.Kind == ReplyKind.Done);
        await connection.ExecuteAsync(new RouterOsCommand("/ip/hotspot/user/add").Attribute("name", "first").Attribute("password", "p"));

        var first = await consumer.WaitAsync(RouterFixture.Patience);
        await cancelSent;
        await done;

        Assert.Equal("first", first?["name"]);
        Assert.True(connection.IsConnected);
    }

    [Fact]
    public async Task StreamAsync_UnknownMenu_ThrowsTrap()
    {
        await using var sim = await RouterFixture.StartAsync();
        await using var connection = await sim.ConnectAsync();

        var ex = await Assert.ThrowsAsync<RouterOsTrapException>(async () =>
        {
            await foreach (var row in connection.StreamAsync(new RouterOsCommand("/ip/nothing/listen")))
            {
                Assert.Fail($"unexpected row {row}");
            }
        });

        Assert.True(ex.IsNoSuchCommand);
        Assert.True(connection.IsConnected);
    }

    [Fact]
    public async Task StreamAsync_CommandFinishes_EndsWithRows()
    {
        await using var sim = await RouterFixture.StartAsync();
        await using var connection = await sim.ConnectAsync();
        await connection.ExecuteAsync(new RouterOsCommand("/ip/hotspot/user/add").Attribute("name", "a").Attribute("password", "p"));

        var rows = new List<RouterOsRow>();
        await foreach (var row in connection.StreamAsync(new RouterOsCommand("/ip/hotspot/user/print")))
        {
            rows.Add(row);
        }

        Assert.Contains(rows, r => r["name"] == "a");
    }
}
