using KimHotspot.RouterOs.Device;
using KimHotspot.RouterOs.Tests.Hotspot;
using KimHotspot.RouterSimulator;

namespace KimHotspot.RouterOs.Tests.Device;

/// <summary><c>/system/*</c> against the simulator over TCP, per RouterOS version profile.</summary>
public class DeviceMenuTests
{
    [Theory]
    [InlineData("6.42")]
    [InlineData("6.49")]
    [InlineData("7.9")]
    [InlineData("7.19")]
    public async Task GetResourceAsync_EachVersion_BuildTimeParsed(string version)
    {
        await using var s = await SimulatedRouterSession.StartAsync(version);
        var raw = Assert.Single((await s.Api.ExecuteAsync(new RouterOsCommand("/system/resource/print"))).Rows);
        var resource = await s.Api.Device().GetResourceAsync();
        Assert.Contains(s.Router.Version.IsoDates ? "-" : "/", raw["build-time"], StringComparison.Ordinal);
        Assert.NotNull(resource.BuildTime);
        Assert.Equal(2025, resource.BuildTime.Value.Year);
        Assert.NotNull(resource.Uptime);
        Assert.Equal(version, $"{resource.VersionNumber!.Major}.{resource.VersionNumber.Minor}");
        Assert.True(resource.TotalMemory > resource.FreeMemory);
        Assert.Equal(4, resource.CpuCount);
        Assert.NotNull(resource.CpuLoad);
        Assert.False(string.IsNullOrEmpty(resource.BoardName));
    }

    [Fact]
    public async Task SetIdentityAsync_NewName_ReadBack()
    {
        await using var s = await SimulatedRouterSession.StartAsync();
        Assert.Equal(s.Router.Identity, await s.Api.Device().GetIdentityAsync());
        await s.Api.Device().SetIdentityAsync("KIM-Desa-Sukamaju-2");
        Assert.Equal("KIM-Desa-Sukamaju-2", await s.Api.Device().GetIdentityAsync());
        Assert.Equal("KIM-Desa-Sukamaju-2", s.Router.Identity);
    }

    [Fact]
    public async Task GetRouterboardAsync_RouterboardHardware_Typed()
    {
        await using var s = await SimulatedRouterSession.StartAsync();
        var board = await s.Api.Device().GetRouterboardAsync();
        Assert.NotNull(board);
        Assert.True(board.IsRouterboard);
        Assert.Equal("hAP ac^2", board.BoardName);
        Assert.False(string.IsNullOrEmpty(board.SerialNumber));
    }

    [Fact]
    public async Task GetRouterboardAsync_CloudHostedRouter_Null()
    {
        await using var s = await SimulatedRouterSession.StartAsync(board: SimulatorOptions.ChrBoardName);
        var raw = await Assert.ThrowsAsync<RouterOsTrapException>(() => s.Api.ExecuteAsync(new RouterOsCommand("/system/routerboard/print")));
        Assert.Equal(["no such command or directory (routerboard)", "no such command prefix"], raw.Traps.Select(t => t.Message));
        Assert.Null(await s.Api.Device().GetRouterboardAsync());
        var resource = await s.Api.Device().GetResourceAsync();
        Assert.Equal("CHR", resource.BoardName);
        Assert.Equal("x86_64", resource.ArchitectureName);
    }

    [Fact]
    public async Task GetRouterboardAsync_RouterFails_ErrorNotSwallowed()
    {
        await using var s = await SimulatedRouterSession.StartAsync();
        s.Router.Faults.FatalNext = "simulated failure";
        var e = await Assert.ThrowsAnyAsync<RouterOsException>(() => s.Api.Device().GetRouterboardAsync());
        Assert.IsNotType<RouterOsTrapException>(e);
    }

    [Theory]
    [InlineData("6.42")]
    [InlineData("6.49")]
    [InlineData("7.9")]
    [InlineData("7.19")]
    public async Task GetClockAsync_EachVersion_DateTimeAndOffset(string version)
    {
        await using var s = await SimulatedRouterSession.StartAsync(version);
        s.Router.SetClockSynced(true);
        var falseWord = s.Router.Version.YesNoBooleans ? "no" : "false";
        var raw = Assert.Single((await s.Api.ExecuteAsync(new RouterOsCommand("/system/clock/print"))).Rows);
        var clock = await s.Api.Device().GetClockAsync();
        Assert.Equal(falseWord, raw["dst-active"]);
        Assert.Contains(s.Router.Version.IsoDates ? "-" : "/", raw["date"], StringComparison.Ordinal);
        Assert.False(clock.DstActive);
        Assert.NotNull(clock.LocalTime);
        Assert.Equal(TimeSpan.FromHours(7), clock.GmtOffset);
        Assert.Equal("Asia/Jakarta", clock.TimeZoneName);
        Assert.NotNull(clock.Now);
        Assert.False(clock.LooksUnsynced);
    }

    [Fact]
    public async Task GetClockAsync_NotSynced_LooksUnsynced()
    {
        await using var s = await SimulatedRouterSession.StartAsync();
        s.Router.SetClockSynced(false);
        var clock = await s.Api.Device().GetClockAsync();
        Assert.True(clock.LooksUnsynced, clock.LocalTime?.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("+07:00", 7 * 60)]
    [InlineData("-03:30", -210)]
    [InlineData("25200", 7 * 60)]
    [InlineData("+5", null)]
    [InlineData("", null)]
    public void ParseOffset_Forms_Minutes(string text, int? minutes) =>
        Assert.Equal(minutes is { } m ? TimeSpan.FromMinutes(m) : null, SystemClock.ParseOffset(text));
}
