using KimHotspot.RouterOs;
using KimHotspot.RouterOs.Connection;
using KimHotspot.RouterSimulator;
using Microsoft.Extensions.Time.Testing;

namespace KimHotspot.RouterAgent.Tests.Collect;

/// <summary>
/// The simulator on a fake clock (no synthetic traffic, no ticker: counters move only when a test adds
/// traffic) and an <see cref="IRouterOsApi"/> over real TCP that reconnects once when its connection
/// was dropped (a reboot), like the agent's reconnecting client.
/// </summary>
public sealed class SimRouter : IRouterOsApi, IAsyncDisposable
{
    private readonly RouterOsConnectionOptions _options;
    private RouterOsConnection? _connection;
    private bool _routerDisposed;

    private SimRouter(SimulatedRouter router, FakeTimeProvider time)
    {
        Router = router;
        Time = time;
        _options = new RouterOsConnectionOptions
        {
            Host = "127.0.0.1", Port = router.ApiPort, UserName = "admin", Password = "test",
        };
    }

    public SimulatedRouter Router { get; }

    public FakeTimeProvider Time { get; }

    /// <summary>While true every command fails as if the link to the router were down (the router keeps running).</summary>
    public bool LinkDown { get; set; }

    public static async Task<SimRouter> StartAsync(string board = "hAP ac^2")
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 1, 0, 0, TimeSpan.Zero));
        var router = new SimulatedRouter(
            new SimulatorOptions { ApiPort = 0, Password = "test", TrafficInterval = TimeSpan.Zero, BoardName = board }, time)
        {
            SyntheticTraffic = false,
        };
        await router.StartAsync();
        return new SimRouter(router, time);
    }

    /// <summary>Router gone: the listener closes, connections drop, new ones are refused.</summary>
    public async Task StopRouterAsync()
    {
        _routerDisposed = true;
        await Router.DisposeAsync();
    }

    public async Task<RouterOsResponse> ExecuteAsync(RouterOsCommand command, CancellationToken cancellationToken = default)
    {
        if (LinkDown)
        {
            throw new RouterOsException("Cannot connect to the router: link down (test).", isTransient: true);
        }

        for (int attempt = 0; ; attempt++)
        {
            _connection ??= await RouterOsConnection.ConnectAsync(_options, cancellationToken);
            try
            {
                return await _connection.ExecuteAsync(command, cancellationToken);
            }
            catch (RouterOsException e) when (e is not RouterOsTrapException && attempt == 0)
            {
                await _connection.DisposeAsync();
                _connection = null;
            }
        }
    }

    public IAsyncEnumerable<RouterOsRow> StreamAsync(RouterOsCommand command, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    /// <summary>A phone joins and logs in (PAP as a local user, or trial when <paramref name="user"/> is null).</summary>
    public void LogIn(string mac, string ip, string? user = null, string? password = null)
    {
        Router.JoinDevice(mac, ip);
        var result = user is null ? Router.LoginTrial(ip, mac) : Router.LoginPap(ip, user, password ?? string.Empty);
        Assert.True(result.Success, result.Error);
    }

    public async ValueTask DisposeAsync()
    {
        if (_connection is not null)
        {
            await _connection.DisposeAsync();
        }

        if (!_routerDisposed)
        {
            await Router.DisposeAsync();
        }
    }
}
