using KimHotspot.RouterSimulator.Tests.SimulatorFixture;

namespace KimHotspot.RouterSimulator.Tests.Hotspot;

public class ActiveLoginTests
{
    private const string Mac = "AA:BB:CC:DD:EE:FF";
    private const string Ip = "10.5.50.23";

    [Fact]
    public async Task ActiveLogin_KnownHostAndUser_CreatesSessionLoginByApi()
    {
        await using var router = await TestRouter.StartAsync();
        await using var client = await RawApiClient.LoginAsync(router);
        router.JoinDevice(Mac, Ip);
        await client.CallAsync("/ip/hotspot/user/add", "=name=v-1234", "=password=x");

        var login = await client.CallAsync("/ip/hotspot/active/login", "=user=v-1234", "=password=x", "=ip=" + Ip, "=mac-address=" + Mac, ".tag=41");
        var rows = await client.CallAsync("/ip/hotspot/active/print", "=.proplist=user,address,mac-address,login-by", "?address=" + Ip);

        Assert.Equal([["!done", ".tag=41"]], login);
        Assert.Equal(["!re", "=user=v-1234", "=address=" + Ip, "=mac-address=" + Mac, "=login-by=api"], rows[0]);
        Assert.True(router.FindHostByIp(Ip)!.Authorized);
    }

    [Theory]
    [InlineData("v-1", "wrong", Ip, Mac, "invalid username or password")]
    [InlineData("nobody", "x", Ip, Mac, "invalid username or password")]
    [InlineData("v-1", "x", "10.5.50.99", Mac, "no such host")]
    [InlineData("v-1", "x", Ip, "AA:BB:CC:DD:EE:00", "no such host")]
    [InlineData("off", "x", Ip, Mac, "invalid username or password")]
    [InlineData("bound", "x", Ip, Mac, "user bound is not allowed to log in from this MAC address")]
    public async Task ActiveLogin_Refused_TrapsWithReason(string user, string password, string ip, string mac, string message)
    {
        await using var router = await TestRouter.StartAsync();
        await using var client = await RawApiClient.LoginAsync(router);
        router.JoinDevice(Mac, Ip);
        await client.CallAsync("/ip/hotspot/user/add", "=name=v-1", "=password=x");
        await client.CallAsync("/ip/hotspot/user/add", "=name=off", "=password=x", "=disabled=yes");
        await client.CallAsync("/ip/hotspot/user/add", "=name=bound", "=password=x", "=mac-address=11:22:33:44:55:66");

        var reply = await client.CallAsync("/ip/hotspot/active/login", "=user=" + user, "=password=" + password, "=ip=" + ip, "=mac-address=" + mac);

        Assert.Equal([["!trap", "=message=" + message], ["!done"]], reply);
        Assert.Empty(router.ActiveSessions());
    }

    [Fact]
    public async Task ActiveLogin_SharedUsersReached_SessionLimitTrap()
    {
        await using var router = await TestRouter.StartAsync();
        await using var client = await RawApiClient.LoginAsync(router);
        router.JoinDevice(Mac, Ip);
        router.JoinDevice("AA:BB:CC:DD:EE:01", "10.5.50.24");
        await client.CallAsync("/ip/hotspot/user/add", "=name=v-1", "=password=x");

        await client.CallAsync("/ip/hotspot/active/login", "=user=v-1", "=password=x", "=ip=" + Ip);
        var second = await client.CallAsync("/ip/hotspot/active/login", "=user=v-1", "=password=x", "=ip=10.5.50.24");
        await client.CallAsync("/ip/hotspot/user/profile/set", "=.id=default", "=shared-users=2");
        var third = await client.CallAsync("/ip/hotspot/active/login", "=user=v-1", "=password=x", "=ip=10.5.50.24");

        Assert.Equal("=message=no more sessions are allowed for user v-1", second[0][1]);
        Assert.Equal([["!done"]], third);
        Assert.Equal(2, router.ActiveSessions().Count);
    }

    [Fact]
    public async Task ActiveRemove_LogsOutAndKeepsUserCounters()
    {
        await using var router = await TestRouter.StartAsync();
        await using var client = await RawApiClient.LoginAsync(router);
        router.JoinDevice(Mac, Ip);
        await client.CallAsync("/ip/hotspot/user/add", "=name=v-1", "=password=x");
        await client.CallAsync("/ip/hotspot/active/login", "=user=v-1", "=password=x", "=ip=" + Ip);
        router.AddTraffic(Mac, 1000, 5000);
        string id = router.ActiveSessions().Single().Id;

        await client.CallAsync("/ip/hotspot/active/remove", "=.id=" + id);
        var user = await client.CallAsync("/ip/hotspot/user/print", "=.proplist=bytes-in,bytes-out", "?name=v-1");

        Assert.Empty(router.ActiveSessions());
        Assert.False(router.FindHostByIp(Ip)!.Authorized);
        Assert.Equal(["!re", "=bytes-in=1000", "=bytes-out=5000"], user[0]);
    }

    [Fact]
    public async Task ActiveLogin_UptimeLimitExhausted_RefusedAfterTimePasses()
    {
        var time = new Microsoft.Extensions.Time.Testing.FakeTimeProvider();
        await using var router = await TestRouter.StartAsync(time: time);
        await using var client = await RawApiClient.LoginAsync(router);
        router.JoinDevice(Mac, Ip);
        await client.CallAsync("/ip/hotspot/user/add", "=name=v-1", "=password=x", "=limit-uptime=1m");
        await client.CallAsync("/ip/hotspot/active/login", "=user=v-1", "=password=x", "=ip=" + Ip);

        await router.AdvanceAndTickAsync(time, TimeSpan.FromMinutes(2));
        var again = await client.CallAsync("/ip/hotspot/active/login", "=user=v-1", "=password=x", "=ip=" + Ip);

        Assert.Empty(router.ActiveSessions());
        Assert.Equal("=message=user v-1 has reached uptime limit", again[0][1]);
    }

    [Fact]
    public async Task Listen_SessionTimeout_ActiveRowReportedDead()
    {
        var time = new Microsoft.Extensions.Time.Testing.FakeTimeProvider();
        await using var router = await TestRouter.StartAsync(time: time);
        await using var client = await RawApiClient.LoginAsync(router);
        router.JoinDevice(Mac, Ip);
        await client.CallAsync("/ip/hotspot/user/profile/add", "=name=1h", "=session-timeout=1h");
        await client.CallAsync("/ip/hotspot/user/add", "=name=v-1", "=password=x", "=profile=1h");
        await client.CallAsync("/ip/hotspot/active/login", "=user=v-1", "=password=x", "=ip=" + Ip);
        string id = router.ActiveSessions().Single().Id;
        await client.SendAsync("/ip/hotspot/active/listen", ".tag=L");
        await client.CallAsync("/system/identity/print", ".tag=sync"); // commands run in order: listen is subscribed now

        await router.AdvanceAndTickAsync(time, TimeSpan.FromMinutes(30));
        Assert.Equal(TimeSpan.FromMinutes(30), router.ActiveSessions().Single().SessionTimeLeft);
        await router.AdvanceAndTickAsync(time, TimeSpan.FromMinutes(31));

        Assert.Equal(["!re", "=.id=" + id, "=.dead=true", ".tag=L"], await client.ReadAsync());
    }

    [Fact]
    public async Task AddTraffic_LimitBytesTotalReached_LogsOutAtOnce()
    {
        await using var router = await TestRouter.StartAsync();
        await using var client = await RawApiClient.LoginAsync(router);
        router.JoinDevice(Mac, Ip);
        await client.CallAsync("/ip/hotspot/user/add", "=name=v-1", "=password=x", "=limit-bytes-total=10000");
        await client.CallAsync("/ip/hotspot/active/login", "=user=v-1", "=password=x", "=ip=" + Ip);
        Assert.Equal(10000, router.ActiveSessions().Single().LimitBytesTotal);

        router.AddTraffic(Mac, 2000, 3000);
        Assert.Single(router.ActiveSessions());
        router.AddTraffic(Mac, 2000, 3000);
        var again = await client.CallAsync("/ip/hotspot/active/login", "=user=v-1", "=password=x", "=ip=" + Ip);

        Assert.Empty(router.ActiveSessions());
        Assert.Equal("=message=user v-1 has reached traffic limit", again[0][1]);
    }

    [Fact]
    public async Task IdleTimeout_NoTraffic_LogsOut()
    {
        var time = new Microsoft.Extensions.Time.Testing.FakeTimeProvider();
        await using var router = await TestRouter.StartAsync(time: time);
        await using var client = await RawApiClient.LoginAsync(router);
        router.JoinDevice(Mac, Ip);
        await client.CallAsync("/ip/hotspot/user/profile/set", "=.id=default", "=idle-timeout=5m");
        await client.CallAsync("/ip/hotspot/user/add", "=name=v-1", "=password=x");
        await client.CallAsync("/ip/hotspot/active/login", "=user=v-1", "=password=x", "=ip=" + Ip);

        await router.AdvanceAndTickAsync(time, TimeSpan.FromMinutes(4));
        router.AddTraffic(Mac, 10, 10);
        await router.AdvanceAndTickAsync(time, TimeSpan.FromMinutes(4));
        Assert.Single(router.ActiveSessions());
        await router.AdvanceAndTickAsync(time, TimeSpan.FromMinutes(2));

        Assert.Empty(router.ActiveSessions());
    }
}
