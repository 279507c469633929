using System.Security.Cryptography;
using System.Text;
using KimHotspot.RouterSimulator.Tests.SimulatorFixture;

namespace KimHotspot.RouterSimulator.Tests.Hotspot;

public class BrowserLoginTests
{
    private const string Mac = "AA:BB:CC:DD:EE:FF";
    private const string Ip = "10.5.50.23";

    [Fact]
    public async Task LoginPap_RightPassword_SessionWithHttpPap()
    {
        await using var router = await TestRouter.StartAsync();
        await using var client = await RawApiClient.LoginAsync(router);
        await client.CallAsync("/ip/hotspot/user/add", "=name=v-1", "=password=x");
        router.JoinDevice(Mac, Ip);

        var wrong = router.LoginPap(Ip, "v-1", "y");
        var right = router.LoginPap(Ip, "v-1", "x");

        Assert.Equal(new HttpLoginResult(false, "invalid username or password"), wrong);
        Assert.True(right.Success);
        Assert.Equal("http-pap", router.FindActiveByIp(Ip)!.LoginBy);
    }

    [Fact]
    public async Task LoginChap_Md5OfIdPasswordChallenge_Accepted()
    {
        await using var router = await TestRouter.StartAsync();
        await using var client = await RawApiClient.LoginAsync(router);
        await client.CallAsync("/ip/hotspot/user/add", "=name=v-1", "=password=x");
        router.JoinDevice(Mac, Ip);

        var chap = router.NewChapChallenge(Ip);
#pragma warning disable CA5351 // HTTP-CHAP is defined with MD5.
        string response = Convert.ToHexStringLower(MD5.HashData([chap.Id, .. Encoding.ASCII.GetBytes("x"), .. chap.Challenge]));
#pragma warning restore CA5351
        var result = router.LoginChap(Ip, "v-1", response);
        var replay = router.LoginChap(Ip, "v-1", response);

        Assert.True(result.Success);
        Assert.Equal(16, chap.Challenge.Length);
        Assert.Equal("http-chap", router.FindActiveByIp(Ip)!.LoginBy);
        Assert.False(replay.Success);
    }

    [Fact]
    public async Task LoginTrial_Mac_SessionNamedTWithTimeLeft_LogoutEnds()
    {
        await using var router = await TestRouter.StartAsync();
        router.JoinDevice(Mac, Ip);

        var result = router.LoginTrial(Ip, Mac);
        var session = router.FindActiveByIp(Ip)!;
        bool loggedOut = router.Logout(Ip);

        Assert.True(result.Success);
        Assert.Equal("T-" + Mac, session.User);
        Assert.Equal("trial", session.LoginBy);
        Assert.Equal(TimeSpan.FromMinutes(30), session.SessionTimeLeft);
        Assert.True(loggedOut);
        Assert.Null(router.FindActiveByIp(Ip));
    }

    [Fact]
    public async Task LeaveDevice_LoggedIn_RemovesHostAndSession()
    {
        await using var router = await TestRouter.StartAsync();
        router.JoinDevice(Mac, Ip);
        router.LoginTrial(Ip, Mac);

        Assert.True(router.LeaveDevice(Mac));
        Assert.Empty(router.Hosts());
        Assert.Empty(router.ActiveSessions());
        Assert.False(router.LeaveDevice(Mac));
    }
}
