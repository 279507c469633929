using KimHotspot.Portal.Features.Login;
using KimHotspot.Portal.Features.Members;
using KimHotspot.Portal.Router;
using KimHotspot.Portal.Tests.Login;
using KimHotspot.Portal.Tests.PortalFixture;
using KimHotspot.RouterOs;
using KimHotspot.RouterOs.Hotspot;
using Microsoft.Extensions.DependencyInjection;

namespace KimHotspot.Portal.Tests.Router;

/// <summary>The "last ensured" record of router users: skips unchanged ensures, never at the cost of a failed login.</summary>
public class UserCacheTests
{
    private static readonly Tier Tier = new() { Name = "Anggota", RouterProfile = "kim-member", DevicesPerMember = 2 };

    [Fact]
    public async Task EnsureUserAsync_SameSettingsTwice_SecondSkipsTheRouter()
    {
        await using var app = await PortalApp.StartAsync();
        var gateway = app.Services.GetRequiredService<HotspotGateway>();
        await gateway.EnsureProfileAsync(Tier, CancellationToken.None);

        bool first = await gateway.EnsureUserAsync(new RouterAccount("m-7", "pw", Tier), CancellationToken.None);
        bool second = await gateway.EnsureUserAsync(new RouterAccount("m-7", "pw", Tier), CancellationToken.None);
        bool changed = await gateway.EnsureUserAsync(new RouterAccount("m-7", "pw", Tier, LimitUptime: TimeSpan.FromHours(2)), CancellationToken.None);

        Assert.True(first);
        Assert.False(second);
        Assert.True(changed);
        var user = await app.Services.GetRequiredService<IRouterOsApi>().Hotspot().Users.FindByNameAsync("m-7");
        Assert.Equal(TimeSpan.FromHours(2), user!.LimitUptime);
    }

    [Fact]
    public async Task CompleteAsync_UserRemovedOnRouterAfterItWasEnsured_EnsuresAgainAndLogsIn()
    {
        await using var app = await PortalApp.StartAsync();
        app.Router.JoinDevice(EntryHelpers.Mac, EntryHelpers.Ip);
        var client = app.Client();
        Assert.IsType<LoginOutcome.Redirect>(await EntryHelpers.CompleteAsync(app, await EntryHelpers.CaptureAsync(client)));
        app.Router.Logout(EntryHelpers.Ip);
        var users = app.Services.GetRequiredService<IRouterOsApi>().Hotspot().Users;
        await users.RemoveAsync((await users.FindByNameAsync("m-1"))!.Id);

        var outcome = await EntryHelpers.CompleteAsync(app, await EntryHelpers.CaptureAsync(client));

        Assert.IsType<LoginOutcome.Redirect>(outcome);
        Assert.NotNull(await users.FindByNameAsync("m-1"));
        Assert.Equal("m-1", app.Router.FindActiveByIp(EntryHelpers.Ip)?.User);
    }
}
