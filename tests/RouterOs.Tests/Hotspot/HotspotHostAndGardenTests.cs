using KimHotspot.RouterOs.Hotspot;

namespace KimHotspot.RouterOs.Tests.Hotspot;

/// <summary><c>/ip/hotspot/host</c> and the walled gardens against the simulator over TCP.</summary>
public class HotspotHostAndGardenTests
{
    [Fact]
    public async Task HostFind_JoinedDevice_ByIpAndMac()
    {
        await using var s = await SimulatedRouterSession.StartAsync();
        s.Router.JoinDevice("AA:BB:CC:00:00:02", "10.5.50.30");
        var hosts = s.Api.Hotspot().Hosts;
        var byIp = await hosts.FindByAddressAsync("10.5.50.30");
        var byMac = await hosts.FindByMacAddressAsync("aa-bb-cc-00-00-02");
        Assert.Equal("AA:BB:CC:00:00:02", byIp?.MacAddress);
        Assert.Equal("10.5.50.30", byMac?.Address);
        Assert.False(byIp!.Authorized);
        Assert.Contains(await hosts.PrintAsync(), h => h.Address == "10.5.50.30");
        Assert.Null(await hosts.FindByAddressAsync("10.5.50.31"));
    }

    [Fact]
    public async Task HostFind_AfterLogin_Authorized()
    {
        await using var s = await SimulatedRouterSession.StartAsync();
        s.Router.JoinDevice("AA:BB:CC:00:00:03", "10.5.50.31");
        await s.Api.Hotspot().Users.AddAsync(new HotspotUserSettings { Name = "u", Password = "p" });
        await s.Api.Hotspot().Active.LoginAsync("u", "p", "10.5.50.31", "AA:BB:CC:00:00:03");
        Assert.True((await s.Api.Hotspot().Hosts.FindByAddressAsync("10.5.50.31"))!.Authorized);
    }

    [Fact]
    public async Task WalledGarden_AddPrintRemove_RoundTrip()
    {
        await using var s = await SimulatedRouterSession.StartAsync();
        var garden = s.Api.Hotspot().WalledGarden;
        var id = await garden.AddAsync(new WalledGardenRule { DstHost = "portal.desa.id", Comment = "portal" });
        var entry = Assert.Single(await garden.PrintAsync(), e => e.Id == id);
        Assert.Equal("portal.desa.id", entry.DstHost);
        Assert.Equal("allow", entry.Action);
        await garden.RemoveAsync(id);
        Assert.DoesNotContain(await garden.PrintAsync(), e => e.Id == id);
    }

    [Fact]
    public async Task WalledGardenIp_AddPrintRemove_RoundTrip()
    {
        await using var s = await SimulatedRouterSession.StartAsync();
        var garden = s.Api.Hotspot().WalledGardenIp;
        var id = await garden.AddAsync(new WalledGardenIpRule { Action = "accept", DstAddress = "203.0.113.10", Protocol = "tcp", DstPort = "443" });
        var entry = Assert.Single(await garden.PrintAsync(), e => e.Id == id);
        Assert.Equal("203.0.113.10", entry.DstAddress);
        Assert.Equal("443", entry.DstPort);
        Assert.False(entry.Disabled);
        await garden.RemoveAsync(id);
        Assert.DoesNotContain(await garden.PrintAsync(), e => e.Id == id);
    }
}
