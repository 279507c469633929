using KimHotspot.RouterOs.Hotspot;

namespace KimHotspot.RouterOs.Tests.Hotspot;

/// <summary><c>/ip/hotspot/active</c> against the simulator over TCP.</summary>
public class HotspotActiveMenuTests
{
    private const string Mac = "AA:BB:CC:00:00:01";
    private const string Ip = "10.5.50.23";

    private static async Task<SimulatedRouterSession> LoggedInAsync(string rosVersion = "7.19")
    {
        var s = await SimulatedRouterSession.StartAsync(rosVersion);
        s.Router.JoinDevice(Mac, Ip);
        await s.Api.Hotspot().Users.AddAsync(new HotspotUserSettings { Name = "v-1234", Password = "x7k2" });
        await s.Api.Hotspot().Active.LoginAsync("v-1234", "x7k2", Ip, "aa-bb-cc-00-00-01");
        return s;
    }

    [Fact]
    public async Task LoginAsync_JoinedDevice_SessionListed()
    {
        await using var s = await LoggedInAsync();
        var session = Assert.Single(await s.Api.Hotspot().Active.PrintAsync());
        Assert.Equal("v-1234", session.User);
        Assert.Equal(Ip, session.Address);
        Assert.Equal(Mac, session.MacAddress);
        Assert.False(string.IsNullOrEmpty(session.Id));
        Assert.NotNull(session.Uptime);
        Assert.NotNull(session.BytesIn);
    }

    [Fact]
    public async Task PrintAsync_Filters_MatchOrNot()
    {
        await using var s = await LoggedInAsync();
        var active = s.Api.Hotspot().Active;
        Assert.Single(await active.PrintAsync(user: "v-1234"));
        Assert.Single(await active.PrintAsync(macAddress: "aa:bb:cc:00:00:01"));
        Assert.Empty(await active.PrintAsync(address: "10.5.50.99"));
        Assert.NotNull(await active.FindByAddressAsync(Ip));
        Assert.Null(await active.FindByAddressAsync("10.5.50.99"));
    }

    [Fact]
    public async Task PrintAsync_CountersBeyond32Bits_ParsedAsUploadDownload()
    {
        await using var s = await LoggedInAsync();
        s.Router.AddTraffic(Mac, 5_000_000_000, 7_000_000_000);
        var session = await s.Api.Hotspot().Active.FindByAddressAsync(Ip);
        Assert.True(session!.BytesIn >= 5_000_000_000, $"bytes-in {session.BytesIn}");
        Assert.True(session.BytesOut >= 7_000_000_000, $"bytes-out {session.BytesOut}");
        Assert.True(session.BytesOut > session.BytesIn);
    }

    [Fact]
    public async Task CountAsync_OneSession_One()
    {
        await using var s = await LoggedInAsync();
        Assert.Equal(1, await s.Api.Hotspot().Active.CountAsync());
        await s.Api.Hotspot().Active.RemoveAsync((await s.Api.Hotspot().Active.FindByAddressAsync(Ip))!.Id);
        Assert.Equal(0, await s.Api.Hotspot().Active.CountAsync());
    }

    [Fact]
    public async Task RemoveAsync_Session_LoggedOut()
    {
        await using var s = await LoggedInAsync();
        var session = await s.Api.Hotspot().Active.FindByAddressAsync(Ip);
        await s.Api.Hotspot().Active.RemoveAsync(session!.Id);
        Assert.Null(await s.Api.Hotspot().Active.FindByAddressAsync(Ip));
        Assert.Empty(s.Router.ActiveSessions());
    }

    [Fact]
    public async Task RemoveAsync_UnknownId_TrapNoSuchItem()
    {
        await using var s = await SimulatedRouterSession.StartAsync();
        var e = await Assert.ThrowsAsync<RouterOsTrapException>(() => s.Api.Hotspot().Active.RemoveAsync("*FFFF"));
        Assert.True(e.IsNoSuchItem, e.Message);
    }

    [Fact]
    public async Task LoginAsync_WrongPassword_Trap()
    {
        await using var s = await SimulatedRouterSession.StartAsync();
        s.Router.JoinDevice(Mac, Ip);
        await s.Api.Hotspot().Users.AddAsync(new HotspotUserSettings { Name = "v-9", Password = "right" });
        await Assert.ThrowsAsync<RouterOsTrapException>(() => s.Api.Hotspot().Active.LoginAsync("v-9", "wrong", Ip, Mac));
        Assert.Empty(s.Router.ActiveSessions());
    }

    [Theory]
    [InlineData("6.42")]
    [InlineData("6.49")]
    [InlineData("7.19")]
    public async Task PrintAsync_EachVersion_FlagsAndDurationsParse(string version)
    {
        await using var s = await LoggedInAsync(version);
        var raw = Assert.Single((await s.Api.ExecuteAsync(new RouterOsCommand("/ip/hotspot/active/print"))).Rows);
        var typed = Assert.Single(await s.Api.Hotspot().Active.PrintAsync());
        Assert.NotNull(typed.Uptime);
        Assert.Equal(s.Router.Version.YesNoBooleans ? "no" : "false", raw["radius"]);
        Assert.False(typed.Radius);
        Assert.False(typed.Blocked);
    }
}
