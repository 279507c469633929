using System.Collections.Concurrent;
using KimHotspot.RouterOs.Reconnect;
using KimHotspot.RouterOs.Tests.Connection;
using Microsoft.Extensions.Time.Testing;

namespace KimHotspot.RouterOs.Tests.Reconnect;

public sealed class RouterOsClientTests
{
    private static readonly RouterOsReconnectOptions Fast = new() { InitialDelay = TimeSpan.FromMilliseconds(50), MaxDelay = TimeSpan.FromSeconds(1) };

    [Fact]
    public async Task StartAsync_ReachableRouter_GoesConnectingThenConnected()
    {
        await using var sim = await RouterFixture.StartAsync();
        await using var client = new RouterOsClient(sim.Options(), Fast);
        var states = new ConcurrentQueue<RouterOsClientState>();
        client.StateChanged += (_, e) => states.Enqueue(e.State);

        await client.StartAsync().WaitAsync(RouterFixture.Patience);

        Assert.Equal(RouterOsClientState.Connected, client.State);
        Assert.Equal([RouterOsClientState.Connecting, RouterOsClientState.Connected], states);
        Assert.Null(client.LastError);
    }

    [Fact]
    public async Task ExecuteAsync_NotStarted_ConnectsLazily()
    {
        await using var sim = await RouterFixture.StartAsync();
        await using var client = new RouterOsClient(sim.Options(), Fast);

        var identity = await client.ExecuteAsync(new RouterOsCommand("/system/identity/print"));

        Assert.Equal(sim.Router.Identity, Assert.Single(identity.Rows)["name"]);
        Assert.Equal(RouterOsClientState.Connected, client.State);
    }

    [Fact]
    public async Task ExecuteAsync_AfterRouterReboot_ReconnectsAndWorks()
    {
        await using var sim = await RouterFixture.StartAsync();
        await using var client = new RouterOsClient(sim.Options(), Fast);
        await client.StartAsync().WaitAsync(RouterFixture.Patience);
        var states = new ConcurrentQueue<RouterOsClientState>();
        var back = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        client.StateChanged += (_, e) =>
        {
            states.Enqueue(e.State);
            if (e.State == RouterOsClientState.Connected)
            {
                back.TrySetResult();
            }
        };

        await sim.Router.RebootAsync();
        await back.Task.WaitAsync(RouterFixture.Patience);
        var identity = await client.ExecuteAsync(new RouterOsCommand("/system/identity/print"));

        Assert.Equal(RouterOsClientState.Disconnected, states.First());
        Assert.Contains(RouterOsClientState.Connecting, states);
        Assert.Equal(RouterOsClientState.Connected, states.Last());
        Assert.Single(identity.Rows);
    }

    [Fact]
    public async Task ExecuteAsync_CommandIssuedWhileDisconnected_WaitsForReconnect()
    {
        await using var sim = await RouterFixture.StartAsync();
        await using var client = new RouterOsClient(sim.Options(), new RouterOsReconnectOptions
        {
            InitialDelay = TimeSpan.FromMilliseconds(300),
        });
        await client.StartAsync().WaitAsync(RouterFixture.Patience);
        var dropped = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        client.StateChanged += (_, e) =>
        {
            if (e.State == RouterOsClientState.Disconnected)
            {
                dropped.TrySetResult();
            }
        };

        await sim.Router.RebootAsync();
        await dropped.Task.WaitAsync(RouterFixture.Patience);
        var identity = await client.ExecuteAsync(new RouterOsCommand("/system/identity/print"));

        Assert.Single(identity.Rows);
    }

    [Fact]
    public async Task StartAsync_WrongPassword_FaultsAndRetriesOnlyAfterBackoff()
    {
        await using var sim = await RouterFixture.StartAsync();
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var options = sim.Options(password: "wrong");
        options.TimeProvider = time;
        await using var client = new RouterOsClient(options, new RouterOsReconnectOptions
        {
            InitialDelay = TimeSpan.FromSeconds(10),
            MaxDelay = TimeSpan.FromMinutes(5),
        });
        int attempts = 0;
        var second = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        client.StateChanged += (_, e) =>
        {
            if (e.State == RouterOsClientState.Connecting && Interlocked.Increment(ref attempts) == 2)
            {
                second.TrySetResult();
            }
        };

        await client.StartAsync().WaitAsync(RouterFixture.Patience);
        var ex = await Assert.ThrowsAsync<RouterOsException>(() => client.ExecuteAsync(new RouterOsCommand("/system/identity/print")));
        int attemptsBeforeBackoff = Volatile.Read(ref attempts);
        var stateBeforeBackoff = client.State;
        var errorBeforeBackoff = client.LastError;
        time.Advance(TimeSpan.FromSeconds(13)); // first backoff: 10 s ± 20 %
        await second.Task.WaitAsync(RouterFixture.Patience);

        Assert.Equal(RouterOsClientState.Faulted, stateBeforeBackoff);
        Assert.IsType<RouterOsLoginException>(errorBeforeBackoff);
        Assert.False(ex.IsTransient);
        Assert.Equal(1, attemptsBeforeBackoff);
    }

    [Fact]
    public async Task ExecuteAsync_RouterUnreachable_ThrowsTransientAfterCommandTimeout()
    {
        await using var sim = await RouterFixture.StartAsync();
        var options = sim.Options();
        options.Port = 1; // nothing listens there
        options.CommandTimeout = TimeSpan.FromMilliseconds(300);
        await using var client = new RouterOsClient(options, Fast);

        var ex = await Assert.ThrowsAsync<RouterOsException>(() => client.ExecuteAsync(new RouterOsCommand("/system/identity/print")));

        Assert.True(ex.IsTransient);
        Assert.Contains("Not connected", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DisposeAsync_Connected_EndsDisconnected()
    {
        await using var sim = await RouterFixture.StartAsync();
        var client = new RouterOsClient(sim.Options(), Fast);
        await client.StartAsync().WaitAsync(RouterFixture.Patience);

        await client.DisposeAsync();

        Assert.Equal(RouterOsClientState.Disconnected, client.State);
        await Assert.ThrowsAsync<ObjectDisposedException>(() => client.ExecuteAsync(new RouterOsCommand("/system/identity/print")));
    }
}
