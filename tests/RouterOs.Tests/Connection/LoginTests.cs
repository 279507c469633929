using System.Net;
using System.Net.Sockets;
using KimHotspot.RouterOs.Connection;
using KimHotspot.RouterOs.Protocol;

namespace KimHotspot.RouterOs.Tests.Connection;

public sealed class LoginTests
{
    [Theory]
    [InlineData("7.19")]
    [InlineData("6.49")]
    [InlineData("6.44")]
    [InlineData("6.42")]
    public async Task ConnectAsync_RightPassword_LogsInAndRunsCommands(string version)
    {
        await using var sim = await RouterFixture.StartAsync(version);
        await using var connection = await sim.ConnectAsync();

        var identity = await connection.ExecuteAsync(new RouterOsCommand("/system/identity/print"));

        Assert.True(connection.IsConnected);
        Assert.Equal(sim.Router.Identity, Assert.Single(identity.Rows)["name"]);
    }

    [Theory]
    [InlineData("6.42")]
    [InlineData("6.44")]
    public async Task ConnectAsync_ChallengeOnlyLogin_LogsInWhereRouterSupportsIt(string version)
    {
        await using var sim = await RouterFixture.StartAsync(version);
        await using var connection = await RouterOsConnection.ConnectAsync(sim.Options(), challengeOnly: true, default);

        var identity = await connection.ExecuteAsync(new RouterOsCommand("/system/identity/print"));

        Assert.Equal(sim.Router.Identity, Assert.Single(identity.Rows)["name"]);
    }

    [Fact]
    public async Task ConnectAsync_ChallengeOnlyLoginOn649_IsRefused()
    {
        // 6.45.1 removed the challenge method (reference §2.3): an old-only client gets the credentials trap.
        await using var sim = await RouterFixture.StartAsync("6.49");

        var ex = await Assert.ThrowsAsync<RouterOsLoginException>(
            () => RouterOsConnection.ConnectAsync(sim.Options(), challengeOnly: true, default));

        Assert.Contains("invalid user name or password", ex.RouterMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("7.19", "invalid user name or password")]
    [InlineData("6.42", "cannot log in")]
    public async Task ConnectAsync_WrongPassword_ThrowsLoginExceptionWithRouterMessage(string version, string expected)
    {
        await using var sim = await RouterFixture.StartAsync(version);

        var ex = await Assert.ThrowsAsync<RouterOsLoginException>(
            () => RouterOsConnection.ConnectAsync(sim.Options(password: "wrong")));

        Assert.Contains(expected, ex.RouterMessage, StringComparison.Ordinal);
        Assert.False(ex.IsTransient);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task ConnectAsync_RefuseLogins_ThrowsLoginException(bool closeAfterFailure)
    {
        await using var sim = await RouterFixture.StartAsync();
        sim.Router.Faults.RefuseLogins = true;
        sim.Router.Faults.CloseAfterFailedLogin = closeAfterFailure;

        var ex = await Assert.ThrowsAsync<RouterOsLoginException>(() => RouterOsConnection.ConnectAsync(sim.Options()));

        Assert.Contains("invalid user name or password", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConnectAsync_NothingListening_ThrowsTransientError()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        int port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();

        var ex = await Assert.ThrowsAsync<RouterOsException>(() => RouterOsConnection.ConnectAsync(
            new RouterOsConnectionOptions { Host = "127.0.0.1", Port = port, Password = "x" }));

        Assert.True(ex.IsTransient);
        Assert.Contains($"127.0.0.1:{port}", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConnectAsync_PeerClosesBeforeLoginReply_ThrowsWithServiceHint()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        int port = ((IPEndPoint)listener.LocalEndpoint).Port;
        var closer = Task.Run(async () =>
        {
            using var peer = await listener.AcceptTcpClientAsync();
            peer.Client.Shutdown(SocketShutdown.Send); // like available-from: accept, then close
        });

        var ex = await Assert.ThrowsAsync<RouterOsException>(() => RouterOsConnection.ConnectAsync(
            new RouterOsConnectionOptions { Host = "127.0.0.1", Port = port, Password = "x" }));
        await closer;

        Assert.IsNotType<RouterOsLoginException>(ex);
        Assert.True(ex.IsTransient);
        Assert.Contains("api 8728", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "00e134102a9d330dd7b1849fedfea3cb57")]
    [InlineData("secret", "00de2eb16e8739e95337da481d36029ddb")]
    public void ChallengeResponse_ReferenceVectors_Match(string password, string expected)
    {
        var response = Login.ChallengeResponse(password, "93b438ec9b80057c06dd9fe67d56aa9a", WordEncoding.Default);

        Assert.Equal(expected, response);
    }
}
