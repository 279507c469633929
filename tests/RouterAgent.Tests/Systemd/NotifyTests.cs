using System.Net.Sockets;
using System.Text;
using KimHotspot.RouterAgent.Tests.Faults;
using KimHotspot.RouterSimulator;

namespace KimHotspot.RouterAgent.Tests.Systemd;

/// <summary>
/// The real agent process speaking systemd's notify protocol to a socket of ours, the way systemd runs a
/// <c>Type=notify</c> unit with <c>WatchdogSec=</c>: readiness, watchdog pets while healthy, stopping on SIGTERM.
/// </summary>
public sealed class NotifyTests : IAsyncDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "kh-notify-" + Guid.NewGuid().ToString("N")[..12]);
    private readonly Socket _socket = new(AddressFamily.Unix, SocketType.Dgram, ProtocolType.Unspecified);

    [Fact]
    public async Task Agent_UnderNotifySocket_ReadyThenWatchdogThenStoppingAndCleanExit()
    {
        Directory.CreateDirectory(_dir);
        var socketPath = Path.Combine(_dir, "notify");
        _socket.Bind(new UnixDomainSocketEndPoint(socketPath));
        await using var router = new SimulatedRouter(new SimulatorOptions { ApiPort = 0, Password = AgentSetup.RouterPassword });
        await router.StartAsync();
        var environment = new AgentSetup(router.ApiPort, new Uri("http://127.0.0.1:9/"), Path.Combine(_dir, "outbox")).Environment(draining: false);
        environment["NOTIFY_SOCKET"] = socketPath;
        environment["WATCHDOG_USEC"] = "2000000"; // pet every second

        await using var agent = AgentProcess.Start(environment);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        var seen = new List<string>();
        async Task<string> NextAsync()
        {
            var buffer = new byte[1024];
            var read = await _socket.ReceiveAsync(buffer, SocketFlags.None, timeout.Token);
            var message = Encoding.UTF8.GetString(buffer, 0, read);
            seen.Add(message);
            return message;
        }

        try
        {
            while (!(await NextAsync()).Contains("READY=1", StringComparison.Ordinal))
            {
            }

            var pets = 0; // counted after READY=1: the watchdog goes on while the agent runs
            while (pets < 2)
            {
                pets += (await NextAsync()).Contains("WATCHDOG=1", StringComparison.Ordinal) ? 1 : 0;
            }

            var exit = agent.TerminateAsync(TimeSpan.FromSeconds(60));
            while (!(await NextAsync()).Contains("STOPPING=1", StringComparison.Ordinal))
            {
            }

            Assert.Equal(0, await exit);
        }
        catch (OperationCanceledException)
        {
            Assert.Fail($"Notify messages so far: [{string.Join(" | ", seen)}]; agent output:\n{agent.Tail}");
        }
    }

    public ValueTask DisposeAsync()
    {
        _socket.Dispose();
        if (Directory.Exists(_dir))
        {
            Directory.Delete(_dir, recursive: true);
        }

        return ValueTask.CompletedTask;
    }
}
