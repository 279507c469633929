using KimHotspot.RouterOs.Connection;
using KimHotspot.RouterOs.Protocol;
using Microsoft.Extensions.Time.Testing;

namespace KimHotspot.RouterOs.Tests.Connection;

/// <summary>The per-command reply timer, driven by a fake clock.</summary>
public sealed class TimeoutTests
{
    [Fact]
    public async Task ExecuteAsync_ClockPassesCommandTimeout_TimesOutAndSendsCancel()
    {
        await using var sim = await RouterFixture.StartAsync();
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var connection = await sim.ConnectAsync(o => o.TimeProvider = time);
        var sent = RouterFixture.NextSent(connection, "/ip/hotspot/user/listen");
        var cancelSent = RouterFixture.NextSent(connection, "/cancel");

        var listen = connection.ExecuteAsync(new RouterOsCommand("/ip/hotspot/user/listen"));
        await sent;
        bool completedEarly = listen.IsCompleted;
        time.Advance(TimeSpan.FromSeconds(31)); // CommandTimeout defaults to 30 s

        var ex = await Assert.ThrowsAsync<RouterOsException>(() => listen.WaitAsync(RouterFixture.Patience));
        await cancelSent;
        Assert.False(completedEarly);
        Assert.True(ex.IsTransient);
        Assert.Contains("timed out", ex.Message, StringComparison.Ordinal);
        Assert.True(connection.IsConnected);
    }

    [Fact]
    public async Task ExecuteAsync_RowsKeepArriving_TimerRestartsOnEachReply()
    {
        await using var sim = await RouterFixture.StartAsync();
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var connection = await sim.ConnectAsync(o => o.TimeProvider = time);
        var sent = RouterFixture.NextSent(connection, "/ip/hotspot/user/listen");
        var listen = connection.ExecuteAsync(new RouterOsCommand("/ip/hotspot/user/listen"));
        await sent;

        var row = RouterFixture.NextReply(connection, r => r.Kind == ReplyKind.Re);
        time.Advance(TimeSpan.FromSeconds(20));
        await connection.ExecuteAsync(new RouterOsCommand("/ip/hotspot/user/add").Attribute("name", "x").Attribute("password", "p"));
        await row;
        time.Advance(TimeSpan.FromSeconds(20)); // 40 s since sending, 20 s since the last reply
        bool stillRunning = !listen.IsCompleted;
        time.Advance(TimeSpan.FromSeconds(11));

        await Assert.ThrowsAsync<RouterOsException>(() => listen.WaitAsync(RouterFixture.Patience));
        Assert.True(stillRunning);
    }

    [Fact]
    public async Task StreamAsync_ClockPassesCommandTimeout_StreamKeepsRunning()
    {
        await using var sim = await RouterFixture.StartAsync();
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var connection = await sim.ConnectAsync(o => o.TimeProvider = time);
        var sent = RouterFixture.NextSent(connection, "/ip/hotspot/user/listen");
        using var cts = new CancellationTokenSource();
        var first = Task.Run(async () =>
        {
            await foreach (var row in connection.StreamAsync(new RouterOsCommand("/ip/hotspot/user/listen"), cts.Token))
            {
                return row;
            }

            return null;
        });
        await sent;

        time.Advance(TimeSpan.FromHours(1));
        await connection.ExecuteAsync(new RouterOsCommand("/ip/hotspot/user/add").Attribute("name", "late").Attribute("password", "p"));

        Assert.Equal("late", (await first.WaitAsync(RouterFixture.Patience))?["name"]);
    }

    [Fact]
    public async Task PendingStream_ConsumerFallsBehind_FailsInsteadOfBlocking()
    {
        var stream = new PendingStream("1", "/interface/listen");
        bool accepted = true;
        for (int i = 0; i <= PendingStream.Capacity && accepted; i++)
        {
            accepted = stream.OnRow(RouterOsRow.Empty);
        }

        int drained = 0;
        var ex = await Assert.ThrowsAsync<RouterOsException>(async () =>
        {
            await foreach (var row in stream.Reader.ReadAllAsync())
            {
                drained++;
            }
        });

        Assert.False(accepted);
        Assert.Equal(PendingStream.Capacity, drained);
        Assert.Contains("fell", ex.Message, StringComparison.Ordinal);
    }
}
