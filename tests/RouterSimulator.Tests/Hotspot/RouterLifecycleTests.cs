using KimHotspot.RouterSimulator.Tests.SimulatorFixture;
using Microsoft.Extensions.Time.Testing;

namespace KimHotspot.RouterSimulator.Tests.Hotspot;

public class RouterLifecycleTests
{
    [Fact]
    public async Task Reboot_DropsConnectionsWithoutDoneAndResetsState()
    {
        var time = new FakeTimeProvider();
        await using var router = await TestRouter.StartAsync(time: time);
        await using var client = await RawApiClient.LoginAsync(router);
        router.JoinDevice("AA:BB:CC:DD:EE:FF", "10.5.50.23");
        router.LoginTrial("10.5.50.23", "AA:BB:CC:DD:EE:FF");
        router.AddTraffic("AA:BB:CC:DD:EE:FF", 5000, 5000);
        await router.AdvanceAndTickAsync(time, TimeSpan.FromHours(1));

        await client.SendAsync("/system/reboot");
        var rest = await client.ReadToEndAsync();
        await using var after = await RawApiClient.LoginAsync(router);
        var resource = await after.CallAsync("/system/resource/print");
        var iface = await after.CallAsync("/interface/print", "=.proplist=rx-byte", "?name=wlan1");

        Assert.Empty(rest);
        Assert.Empty(router.ActiveSessions());
        Assert.Empty(router.Hosts());
        Assert.Equal("0s", RawApiClient.Get(resource[0], "uptime"));
        Assert.Equal(["!re", "=rx-byte=0"], iface[0]);
    }

    [Fact]
    public async Task SeedSessions_5000_PrintReturnsEveryRow()
    {
        await using var router = await TestRouter.StartAsync(configure: o => o.SeedSessions = 5000);
        await using var client = await RawApiClient.LoginAsync(router);

        var count = await client.CallAsync("/ip/hotspot/active/print", "=count-only=");
        var rows = await client.CallAsync("/ip/hotspot/active/print", "=.proplist=.id,user,address", ".tag=1");

        Assert.Equal([["!done", "=ret=5000"]], count);
        Assert.Equal(5001, rows.Count);
        Assert.Equal(5000, rows.Select(r => RawApiClient.Get(r, "address")).Where(a => a is not null).Distinct().Count());
    }

    [Fact]
    public async Task Clock_Unsynced_Reads1970PlusUptimeThenRealDate()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2025, 6, 1, 1, 0, 0, TimeSpan.Zero));
        await using var router = await TestRouter.StartAsync(time: time);
        await using var client = await RawApiClient.LoginAsync(router);
        await router.AdvanceAndTickAsync(time, TimeSpan.FromMinutes(5));

        var before = await client.CallAsync("/system/clock/print");
        router.SetClockSynced(true);
        var after = await client.CallAsync("/system/clock/print");

        Assert.Equal("1970-01-01", RawApiClient.Get(before[0], "date"));
        Assert.Equal("00:05:00", RawApiClient.Get(before[0], "time"));
        Assert.Equal("2025-06-01", RawApiClient.Get(after[0], "date"));
        Assert.Equal("08:05:00", RawApiClient.Get(after[0], "time"));
    }

    [Fact]
    public async Task Identity_Set_ChangesPrintAndProperty()
    {
        await using var router = await TestRouter.StartAsync();
        await using var client = await RawApiClient.LoginAsync(router);

        await client.CallAsync("/system/identity/set", "=name=branch-1");
        var print = await client.CallAsync("/system/identity/print");

        Assert.Equal([["!re", "=name=branch-1"], ["!done"]], print);
        Assert.Equal("branch-1", router.Identity);
    }

    [Fact]
    public async Task MonitorTraffic_Once_OneRowPerInterfaceThenDone()
    {
        var time = new FakeTimeProvider();
        await using var router = await TestRouter.StartAsync(time: time);
        await using var client = await RawApiClient.LoginAsync(router);
        router.JoinDevice("AA:BB:CC:DD:EE:FF", "10.5.50.23");
        router.AddTraffic("AA:BB:CC:DD:EE:FF", 1000, 125_000);
        await router.AdvanceAndTickAsync(time, TimeSpan.FromSeconds(1));

        var reply = await client.CallAsync("/interface/monitor-traffic", "=interface=wlan1,ether1", "=once=");
        var bad = await client.CallAsync("/interface/monitor-traffic", "=interface=eth9", "=once=");

        Assert.Equal(3, reply.Count);
        Assert.Equal("1000000", RawApiClient.Get(reply[0], "tx-bits-per-second"));
        Assert.Equal("1000000", RawApiClient.Get(reply[1], "rx-bits-per-second"));
        Assert.Equal("=message=input does not match any value of interface", bad[0][2]);
    }

    [Fact]
    public async Task Routerboard_Print_PresentWithVersion()
    {
        await using var router = await TestRouter.StartAsync("7.12");
        await using var client = await RawApiClient.LoginAsync(router);

        var reply = await client.CallAsync("/system/routerboard/print");

        Assert.Equal("true", RawApiClient.Get(reply[0], "routerboard"));
        Assert.Equal("7.12", RawApiClient.Get(reply[0], "current-firmware"));
    }
}
