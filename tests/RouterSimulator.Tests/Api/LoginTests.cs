using KimHotspot.RouterSimulator.Tests.SimulatorFixture;

namespace KimHotspot.RouterSimulator.Tests.Api;

public class LoginTests
{
    [Fact]
    public async Task Login_PlainOn719_RepliesDoneByteExact()
    {
        await using var router = await TestRouter.StartAsync("7.19");
        await using var client = await RawApiClient.ConnectAsync(router.ApiPort);

        await client.SendAsync("/login", "=name=admin", "=password=" + TestRouter.Password);

        Assert.Equal(new byte[] { 0x05, 0x21, 0x64, 0x6F, 0x6E, 0x65, 0x00 }, await client.ReadBytesAsync(7));
    }

    [Fact]
    public async Task Login_WrongPasswordOn719_TrapsAndKeepsSocketForRetry()
    {
        await using var router = await TestRouter.StartAsync("7.19");
        await using var client = await RawApiClient.ConnectAsync(router.ApiPort);

        var failed = await client.CallAsync("/login", "=name=admin", "=password=wrong");
        var retried = await client.CallAsync("/login", "=name=admin", "=password=" + TestRouter.Password);

        Assert.Equal([["!trap", "=message=invalid user name or password (6)"], ["!done"]], failed);
        Assert.Equal([["!done"]], retried);
    }

    [Fact]
    public async Task Login_WrongPasswordWithCloseAfterFailedLogin_ClosesSocket()
    {
        await using var router = await TestRouter.StartAsync("7.19");
        router.Faults.CloseAfterFailedLogin = true;
        await using var client = await RawApiClient.ConnectAsync(router.ApiPort);

        var failed = await client.CallAsync("/login", "=name=admin", "=password=wrong");

        Assert.Equal("!trap", failed[0][0]);
        Assert.Null(await client.ReadOrEndAsync());
    }

    [Fact]
    public async Task Login_ChallengeOn642_AcceptsMd5Response()
    {
        await using var router = await TestRouter.StartAsync("6.42");
        await using var client = await RawApiClient.ConnectAsync(router.ApiPort);

        var challenge = await client.CallAsync("/login");
        string ret = RawApiClient.Get(challenge[0], "ret")!;
        var done = await client.CallAsync("/login", "=name=admin", "=response=" + RawApiClient.ChallengeResponse(TestRouter.Password, ret));
        var identity = await client.CallAsync("/system/identity/print");

        Assert.Matches("^[0-9a-f]{32}$", ret);
        Assert.Equal([["!done"]], done);
        Assert.Equal("KIM-Desa-Sukamaju", RawApiClient.Get(identity[0], "name"));
    }

    [Fact]
    public async Task Login_PlainOn642_AnswersWithChallengeLikeOldRouters()
    {
        await using var router = await TestRouter.StartAsync("6.42");
        await using var client = await RawApiClient.ConnectAsync(router.ApiPort);

        var reply = await client.CallAsync("/login", "=name=admin", "=password=" + TestRouter.Password);

        Assert.Single(reply);
        Assert.NotNull(RawApiClient.Get(reply[0], "ret"));
    }

    [Fact]
    public async Task Login_WrongResponseOn642_CannotLogIn()
    {
        await using var router = await TestRouter.StartAsync("6.42");
        await using var client = await RawApiClient.ConnectAsync(router.ApiPort);

        var challenge = await client.CallAsync("/login");
        var reply = await client.CallAsync("/login", "=name=admin",
            "=response=" + RawApiClient.ChallengeResponse("wrong", RawApiClient.Get(challenge[0], "ret")!));

        Assert.Equal([["!trap", "=message=cannot log in"], ["!done"]], reply);
    }

    [Theory]
    [InlineData("6.44", true, true)]
    [InlineData("6.45.1", false, true)]
    [InlineData("6.42", true, false)]
    [InlineData("7.12", false, true)]
    public void Version_SelectsLoginMethods(string version, bool challenge, bool plain)
    {
        var router = new SimulatedRouter(new SimulatorOptions { RosVersion = version });

        Assert.Equal(challenge, router.Version.ChallengeLogin);
        Assert.Equal(plain, router.Version.PlainLogin);
    }

    [Fact]
    public async Task Login_BothMethodsOn644_EachSucceeds()
    {
        await using var router = await TestRouter.StartAsync("6.44");
        await using var plain = await RawApiClient.ConnectAsync(router.ApiPort);
        await using var legacy = await RawApiClient.ConnectAsync(router.ApiPort);

        var plainReply = await plain.CallAsync("/login", "=name=admin", "=password=" + TestRouter.Password);
        var challenge = await legacy.CallAsync("/login");
        var legacyReply = await legacy.CallAsync("/login", "=name=admin",
            "=response=" + RawApiClient.ChallengeResponse(TestRouter.Password, RawApiClient.Get(challenge[0], "ret")!));

        Assert.Equal([["!done"]], plainReply);
        Assert.Equal([["!done"]], legacyReply);
    }

    [Fact]
    public async Task Login_BareLoginOn719_TrapsInvalidCredentials()
    {
        await using var router = await TestRouter.StartAsync("7.19");
        await using var client = await RawApiClient.ConnectAsync(router.ApiPort);

        var reply = await client.CallAsync("/login");

        Assert.Equal([["!trap", "=message=invalid user name or password (6)"], ["!done"]], reply);
    }

    [Fact]
    public async Task Command_BeforeLogin_FatalNotLoggedInThenClose()
    {
        await using var router = await TestRouter.StartAsync();
        await using var client = await RawApiClient.ConnectAsync(router.ApiPort);

        await client.SendAsync("/system/resource/print");

        Assert.Equal(["!fatal", "not logged in"], await client.ReadAsync());
        Assert.Null(await client.ReadOrEndAsync());
    }

    [Fact]
    public async Task Login_TooManyFailedAttempts_FatalThenClose()
    {
        await using var router = await TestRouter.StartAsync();
        await using var client = await RawApiClient.ConnectAsync(router.ApiPort);

        for (int i = 0; i < 10; i++)
        {
            await client.CallAsync("/login", "=name=admin", "=password=wrong" + i);
        }

        await client.SendAsync("/login", "=name=admin", "=password=" + TestRouter.Password);

        Assert.Equal(["!fatal", "too many commands before login"], await client.ReadAsync());
        Assert.Null(await client.ReadOrEndAsync());
    }

    [Fact]
    public async Task Quit_AfterLogin_FatalSessionTerminatedByteExactThenClose()
    {
        await using var router = await TestRouter.StartAsync();
        await using var client = await RawApiClient.LoginAsync(router);

        await client.SendAsync("/quit");
        var bytes = await client.ReadToEndAsync();

        byte[] expected = [0x06, .. "!fatal"u8, 0x1D, .. "session terminated on request"u8, 0x00];
        Assert.Equal(expected, bytes);
    }

    [Fact]
    public async Task Login_RefuseLoginsFault_TrapsEvenWithRightPassword()
    {
        await using var router = await TestRouter.StartAsync();
        router.Faults.RefuseLogins = true;
        await using var client = await RawApiClient.ConnectAsync(router.ApiPort);

        var reply = await client.CallAsync("/login", "=name=admin", "=password=" + TestRouter.Password);

        Assert.Equal("=message=invalid user name or password (6)", reply[0][1]);
    }

    [Fact]
    public async Task Tls_ConnectAndLogin_UsesTls12AndSelfSignedCertificate()
    {
        await using var router = await TestRouter.StartAsync(configure: o => o.ApiSslPort = -1);
        await using var client = await RawApiClient.ConnectTlsAsync(router.ApiSslPort, router.ApiCertificate!);

        var reply = await client.CallAsync("/login", "=name=admin", "=password=" + TestRouter.Password);

        Assert.Equal([["!done"]], reply);
        Assert.Equal(System.Security.Authentication.SslProtocols.Tls12, client.TlsProtocol);
        Assert.NotEqual(router.ApiPort, router.ApiSslPort);
    }
}
