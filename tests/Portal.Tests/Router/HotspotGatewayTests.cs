using KimHotspot.Portal.Features.Members;
using KimHotspot.Portal.Router;
using KimHotspot.Portal.Tests.PortalFixture;
using KimHotspot.RouterOs;
using KimHotspot.RouterOs.Hotspot;
using Microsoft.Extensions.DependencyInjection;

namespace KimHotspot.Portal.Tests.Router;

public class HotspotGatewayTests
{
    private static readonly Tier Tier = new()
    {
        Name = "Voucher", RouterProfile = "kim-voucher", RateLimit = "512k/1M", SessionTimeout = TimeSpan.FromHours(1), DevicesPerMember = 3,
    };

    [Fact]
    public async Task EnsureProfileAsync_TwiceAndChanged_ProfileMatchesTier()
    {
        await using var app = await PortalApp.StartAsync();
        var gateway = app.Services.GetRequiredService<HotspotGateway>();
        var api = app.Services.GetRequiredService<IRouterOsApi>();

        await gateway.EnsureProfileAsync(Tier, CancellationToken.None);
        await gateway.EnsureProfileAsync(Tier, CancellationToken.None);
        var profiles = await api.Hotspot().UserProfiles.PrintAsync();
        var profile = Assert.Single(profiles, p => p.Name == "kim-voucher");

        Assert.Equal(3, profile.SharedUsers);
        Assert.Equal(TimeSpan.FromHours(1), profile.SessionTimeout);
        Assert.Equal(512_000, profile.RateLimit!.RxRate);
        Assert.Equal(1_000_000, profile.RateLimit.TxRate);
    }

    [Fact]
    public async Task IsHostAsync_IpWithOtherMac_False()
    {
        await using var app = await PortalApp.StartAsync();
        app.Router.JoinDevice("AA:AA:AA:AA:AA:01", "10.5.50.30");
        var gateway = app.Services.GetRequiredService<HotspotGateway>();

        Assert.True(await gateway.IsHostAsync("10.5.50.30", "aa-aa-aa-aa-aa-01", CancellationToken.None));
        Assert.False(await gateway.IsHostAsync("10.5.50.30", "AA:AA:AA:AA:AA:02", CancellationToken.None));
        Assert.False(await gateway.IsHostAsync("10.5.50.31", "AA:AA:AA:AA:AA:01", CancellationToken.None));
    }

    [Fact]
    public async Task LogoutAsync_OtherMac_SessionKeptThenOwnMacRemovesIt()
    {
        await using var app = await PortalApp.StartAsync();
        app.Router.JoinDevice("AA:AA:AA:AA:AA:01", "10.5.50.30");
        var gateway = app.Services.GetRequiredService<HotspotGateway>();
        await gateway.EnsureProfileAsync(Tier, CancellationToken.None);
        await gateway.EnsureUserAsync(new Features.Login.RouterAccount("v-1", "pw", Tier), CancellationToken.None);
        await gateway.LoginAsync("v-1", "pw", "10.5.50.30", "AA:AA:AA:AA:AA:01", CancellationToken.None);

        bool wrong = await gateway.LogoutAsync("10.5.50.30", "AA:AA:AA:AA:AA:02", CancellationToken.None);
        var still = await gateway.FindActiveAsync("10.5.50.30", CancellationToken.None);
        bool right = await gateway.LogoutAsync("10.5.50.30", "AA:AA:AA:AA:AA:01", CancellationToken.None);

        Assert.False(wrong);
        Assert.NotNull(still);
        Assert.True(right);
        Assert.Null(app.Router.FindActiveByIp("10.5.50.30"));
    }

    [Fact]
    public async Task LoginAsync_WrongPassword_RefusedTrouble()
    {
        await using var app = await PortalApp.StartAsync();
        app.Router.JoinDevice("AA:AA:AA:AA:AA:01", "10.5.50.30");
        var gateway = app.Services.GetRequiredService<HotspotGateway>();
        await gateway.EnsureProfileAsync(Tier, CancellationToken.None);
        await gateway.EnsureUserAsync(new Features.Login.RouterAccount("v-1", "pw", Tier), CancellationToken.None);

        var e = await Assert.ThrowsAsync<RouterTroubleException>(() =>
            gateway.LoginAsync("v-1", "nope", "10.5.50.30", "AA:AA:AA:AA:AA:01", CancellationToken.None));

        Assert.Equal(RouterTroubleKind.Refused, e.Kind);
        Assert.NotNull(e.RouterMessage);
    }
}
