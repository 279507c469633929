using KimHotspot.RouterOs.Interfaces;
using KimHotspot.RouterOs.Tests.Hotspot;
using static KimHotspot.RouterOs.Tests.Hotspot.TestRows;

namespace KimHotspot.RouterOs.Tests.Interfaces;

/// <summary><c>/interface</c> against the simulator over TCP.</summary>
public class InterfacesMenuTests
{
    [Theory]
    [InlineData("6.42")]
    [InlineData("6.49")]
    [InlineData("7.19")]
    public async Task PrintAsync_EachVersion_CountersAndFlagsTyped(string version)
    {
        await using var s = await SimulatedRouterSession.StartAsync(version);
        var raw = (await s.Api.ExecuteAsync(new RouterOsCommand("/interface/print").Where("name", "ether1"))).Rows[0];
        Assert.Equal(s.Router.Version.YesNoBooleans ? "yes" : "true", raw["running"]);
        var list = await s.Api.Interfaces().PrintAsync();
        var ether1 = Assert.Single(list, i => i.Name == "ether1");
        Assert.Equal("ether", ether1.Type);
        Assert.True(ether1.Running);
        Assert.False(ether1.Disabled);
        Assert.NotNull(ether1.RxByte);
        Assert.NotNull(ether1.TxPacket);
        Assert.Matches("^([0-9A-F]{2}:){5}[0-9A-F]{2}$", ether1.MacAddress);
        Assert.Contains(list, i => i.Type == "bridge");
    }

    [Theory]
    [InlineData("6.49")]
    [InlineData("7.9")]
    [InlineData("7.19")]
    public async Task FindByNameAsync_EachVersion_LastLinkUpTimeParsed(string version)
    {
        await using var s = await SimulatedRouterSession.StartAsync(version);
        var raw = (await s.Api.ExecuteAsync(new RouterOsCommand("/interface/print").Where("name", "ether1"))).Rows[0];
        var ether1 = await s.Api.Interfaces().FindByNameAsync("ether1");
        Assert.Contains(s.Router.Version.IsoDates ? "-" : "/", raw["last-link-up-time"], StringComparison.Ordinal);
        Assert.NotNull(ether1!.LastLinkUpTime);
        Assert.Equal("ether1", ether1.Name);
    }

    [Fact]
    public async Task FindByNameAsync_Unknown_Null()
    {
        await using var s = await SimulatedRouterSession.StartAsync();
        Assert.Null(await s.Api.Interfaces().FindByNameAsync("ether99"));
    }

    [Fact]
    public void FromRow_LegacyDateAndHugeCounter_Typed()
    {
        var row = Row(".id=*1", "name=ether1", "rx-byte=123456789012", "running=yes",
            "last-link-up-time=mar/01/2025 10:00:00", "mtu=auto");
        var i = RouterInterface.FromRow(row);
        Assert.Equal(123_456_789_012, i.RxByte);
        Assert.True(i.Running);
        Assert.Equal(new DateTime(2025, 3, 1, 10, 0, 0), i.LastLinkUpTime);
        Assert.Equal("auto", i.Mtu);
    }

    [Fact]
    public async Task MonitorTrafficOnceAsync_TwoInterfaces_OneRowEach()
    {
        await using var s = await SimulatedRouterSession.StartAsync();
        var rows = await s.Api.Interfaces().MonitorTrafficOnceAsync(["ether1", "bridge1"]);
        Assert.Equal(["ether1", "bridge1"], rows.Select(r => r.Name));
        Assert.All(rows, r => Assert.NotNull(r.RxBitsPerSecond));
        Assert.All(rows, r => Assert.NotNull(r.TxPacketsPerSecond));
    }

    [Fact]
    public async Task MonitorTrafficAsync_CancelAfterRows_EndsCleanlyAndConnectionUsable()
    {
        await using var s = await SimulatedRouterSession.StartAsync();
        using var cts = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        var names = new List<string>();
        await foreach (var row in s.Api.Interfaces().MonitorTrafficAsync(["ether1", "wlan1"], cts.Token))
        {
            names.Add(row.Name);
            if (names.Count == 3)
            {
                await cts.CancelAsync();
            }
        }

        Assert.Equal(["ether1", "wlan1", "ether1"], names.Take(3));
        Assert.NotEmpty(await s.Api.Interfaces().PrintAsync());
    }

    [Fact]
    public async Task MonitorTrafficOnceAsync_NoNames_Throws()
    {
        await using var s = await SimulatedRouterSession.StartAsync();
        s.RecordCommands();
        await Assert.ThrowsAsync<ArgumentException>(() => s.Api.Interfaces().MonitorTrafficOnceAsync([]));
        await s.Api.Interfaces().PrintAsync(); // answered after anything sent before it
        Assert.Equal("/interface/print", Assert.Single(s.ReceivedCommands())[0]);
    }
}
