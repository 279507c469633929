using KimHotspot.RouterOs.Connection;
using KimHotspot.RouterOs.Protocol;
using KimHotspot.RouterSimulator;

namespace KimHotspot.RouterOs.Tests.Connection;

/// <summary>An in-process simulated router on an ephemeral loopback port, and options that reach it.</summary>
internal sealed class RouterFixture : IAsyncDisposable
{
    public const string Password = "s3cret-test";

    /// <summary>Generous wait for events and tasks (never a timing assertion).</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    private RouterFixture(SimulatedRouter router) => Router = router;

    public SimulatedRouter Router { get; }

    public static async Task<RouterFixture> StartAsync(string version = "7.19", bool tls = false)
    {
        var router = new SimulatedRouter(new SimulatorOptions
        {
            ApiPort = 0,
            ApiSslPort = tls ? -1 : 0,
            Password = Password,
            RosVersion = version,
        });
        await router.StartAsync();
        return new RouterFixture(router);
    }

    public RouterOsConnectionOptions Options(string? password = null) => new()
    {
        Host = "127.0.0.1",
        Port = Router.ApiPort,
        UserName = "admin",
        Password = password ?? Password,
    };

    public RouterOsConnectionOptions TlsOptions(string? thumbprint) => new()
    {
        Host = "127.0.0.1",
        Port = Router.ApiSslPort,
        UseTls = true,
        CertificateThumbprint = thumbprint,
        UserName = "admin",
        Password = Password,
    };

    public Task<RouterOsConnection> ConnectAsync(Action<RouterOsConnectionOptions>? configure = null)
    {
        var options = Options();
        configure?.Invoke(options);
        return RouterOsConnection.ConnectAsync(options);
    }

    public ValueTask DisposeAsync() => Router.DisposeAsync();

    /// <summary>Completes with the first reply (seen by the read loop) that matches.</summary>
    public static Task<Reply> NextReply(RouterOsConnection connection, Func<Reply, bool> match)
    {
        var seen = new TaskCompletionSource<Reply>(TaskCreationOptions.RunContinuationsAsynchronously);
        connection.ReplyReceived += reply =>
        {
            if (match(reply))
            {
                seen.TrySetResult(reply);
            }
        };
        return seen.Task.WaitAsync(Patience);
    }

    /// <summary>Completes with the tag of the first sentence sent with command word <paramref name="path"/>.</summary>
    public static Task<string?> NextSent(RouterOsConnection connection, string path)
    {
        var sent = new TaskCompletionSource<string?>(TaskCreationOptions.RunContinuationsAsynchronously);
        connection.CommandSent += (word, tag) =>
        {
            if (word == path)
            {
                sent.TrySetResult(tag);
            }
        };
        return sent.Task.WaitAsync(Patience);
    }
}
