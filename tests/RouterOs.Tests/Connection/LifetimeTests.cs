using KimHotspot.RouterOs.Protocol;

namespace KimHotspot.RouterOs.Tests.Connection;

public sealed class LifetimeTests
{
    [Fact]
    public async Task DisposeAsync_SendsQuitAndRouterEndsSession()
    {
        await using var sim = await RouterFixture.StartAsync();
        var connection = await sim.ConnectAsync();
        var quit = RouterFixture.NextSent(connection, "/quit");
        var fatal = RouterFixture.NextReply(connection, r => r.Kind == ReplyKind.Fatal);

        await connection.DisposeAsync();

        await quit;
        var reply = await fatal;
        Assert.Contains("session terminated on request", string.Join(' ', reply.FreeText), StringComparison.Ordinal);
        Assert.False(connection.IsConnected);
        await Assert.ThrowsAsync<RouterOsException>(() => connection.ExecuteAsync(new RouterOsCommand("/system/identity/print")));
    }

    [Fact]
    public async Task DisposeAsync_PendingStream_EndsWithError()
    {
        await using var sim = await RouterFixture.StartAsync();
        var connection = await sim.ConnectAsync();
        var listenSent = RouterFixture.NextSent(connection, "/ip/hotspot/user/listen");
        var consumer = Task.Run(async () =>
        {
            await foreach (var row in connection.StreamAsync(new RouterOsCommand("/ip/hotspot/user/listen")))
            {
                _ = row;
            }
        });
        await listenSent;

        await connection.DisposeAsync();

        await Assert.ThrowsAnyAsync<RouterOsException>(() => consumer.WaitAsync(RouterFixture.Patience));
    }

    [Fact]
    public async Task ExecuteAsync_Reboot_SucceedsWhenRouterDropsTheLink()
    {
        await using var sim = await RouterFixture.StartAsync();
        await using var connection = await sim.ConnectAsync();

        await connection.ExecuteAsync(new RouterOsCommand("/system/reboot"));
        await connection.Completion.WaitAsync(RouterFixture.Patience);

        Assert.False(connection.IsConnected);
    }

    [Fact]
    public async Task ExecuteAsync_RouterRebootsUnderPendingCommand_FailsTransient()
    {
        await using var sim = await RouterFixture.StartAsync();
        await using var connection = await sim.ConnectAsync();
        var listen = connection.ExecuteAsync(new RouterOsCommand("/ip/hotspot/user/listen"));

        await sim.Router.RebootAsync();

        var ex = await Assert.ThrowsAsync<RouterOsException>(() => listen.WaitAsync(RouterFixture.Patience));
        Assert.True(ex.IsTransient);
        Assert.False(connection.IsConnected);
    }
}
