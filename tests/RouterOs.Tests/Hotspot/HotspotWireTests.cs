using KimHotspot.RouterOs.Hotspot;
using KimHotspot.RouterOs.Values;
using static KimHotspot.RouterOs.Tests.Hotspot.FakeRouterOsApi;

namespace KimHotspot.RouterOs.Tests.Hotspot;

/// <summary>Exact words the typed hotspot menus send (recording fake, no socket).</summary>
public class HotspotWireTests
{
    [Fact]
    public async Task ActivePrintAsync_AllFilters_QueryWordsInOrder()
    {
        var api = new FakeRouterOsApi();
        await api.Hotspot().Active.PrintAsync("10.5.50.23", "v-1", "aa-bb-cc-dd-ee-ff");
        var cmd = Assert.Single(api.Sent);
        Assert.Equal("/ip/hotspot/active/print", cmd.Path);
        Assert.Equal(["?address=10.5.50.23", "?user=v-1", "?mac-address=AA:BB:CC:DD:EE:FF"], cmd.Arguments);
    }

    [Fact]
    public async Task ActiveLoginAsync_Arguments_NormalisedMac()
    {
        var api = new FakeRouterOsApi();
        await api.Hotspot().Active.LoginAsync("v-1", "pw", "10.5.50.23", "aabbccddeeff");
        Assert.Equal(["=user=v-1", "=password=pw", "=ip=10.5.50.23", "=mac-address=AA:BB:CC:DD:EE:FF"], api.Sent[0].Arguments);
    }

    [Fact]
    public async Task UserAddAsync_Settings_OnlyGivenFieldsAndRet()
    {
        var api = new FakeRouterOsApi(_ => Ret("*1A"));
        var id = await api.Hotspot().Users.AddAsync(new HotspotUserSettings
        {
            Name = "v-1", Password = "x", Profile = "1h", LimitUptime = TimeSpan.FromHours(1), LimitBytesTotal = 5_000_000_000,
        });
        Assert.Equal("*1A", id);
        Assert.Equal(["=name=v-1", "=password=x", "=profile=1h", "=limit-uptime=1h", "=limit-bytes-total=5000000000"],
            api.Sent[0].Arguments);
    }

    [Fact]
    public async Task UserAddAsync_NoRet_ThrowsRouterOsException()
    {
        var api = new FakeRouterOsApi();
        await Assert.ThrowsAsync<RouterOsException>(() => api.Hotspot().Users.AddAsync(new HotspotUserSettings { Name = "a" }));
    }

    [Fact]
    public async Task UserSetAsync_OneField_SendsIdAndThatField()
    {
        var api = new FakeRouterOsApi();
        await api.Hotspot().Users.SetAsync("*1A", new HotspotUserSettings { Disabled = true });
        Assert.Equal("/ip/hotspot/user/set", api.Sent[0].Path);
        Assert.Equal(["=.id=*1A", "=disabled=yes"], api.Sent[0].Arguments);
    }

    [Fact]
    public async Task UserSetAsync_NoFields_SendsNothing()
    {
        var api = new FakeRouterOsApi();
        await api.Hotspot().Users.SetAsync("*1A", new HotspotUserSettings());
        Assert.Empty(api.Sent);
    }

    [Fact]
    public async Task ProfileEnsureAsync_SameValuesDifferentSpelling_Unchanged()
    {
        var api = new FakeRouterOsApi(_ => Response(Row(".id=*3", "name=gold", "rate-limit=1000k/2M",
            "shared-users=unlimited", "idle-timeout=none", "session-timeout=01:00:00", "add-mac-cookie=true")));
        var result = await api.Hotspot().UserProfiles.EnsureAsync(new HotspotUserProfileSettings
        {
            Name = "gold",
            RateLimit = RateLimit.FromUploadDownload(1_000_000, 2_000_000),
            SharedUsers = HotspotUserProfileSettings.UnlimitedSharedUsers,
            IdleTimeout = Timeout.InfiniteTimeSpan,
            SessionTimeout = TimeSpan.FromHours(1),
            AddMacCookie = true,
        });
        Assert.Equal(new EnsureResult("*3", EnsureOutcome.Unchanged), result);
        var print = Assert.Single(api.Sent);
        Assert.Equal(["?name=gold"], print.Arguments);
    }

    [Fact]
    public async Task ProfileEnsureAsync_OneFieldDiffers_SetsOnlyThatField()
    {
        var api = new FakeRouterOsApi(c => c.Path.EndsWith("/print", StringComparison.Ordinal)
            ? Response(Row(".id=*3", "name=gold", "rate-limit=1M/2M", "shared-users=1"))
            : Response());
        var result = await api.Hotspot().UserProfiles.EnsureAsync(new HotspotUserProfileSettings
        {
            Name = "gold", RateLimit = RateLimit.Parse("1M/2M"), SharedUsers = 2,
        });
        Assert.Equal(EnsureOutcome.Updated, result.Outcome);
        Assert.Equal(["=.id=*3", "=shared-users=2"], api.Sent[1].Arguments);
    }

    [Fact]
    public async Task UserEnsureAsync_ConcurrentAddAlreadyExists_UpdatesWinner()
    {
        var prints = 0;
        var api = new FakeRouterOsApi(c => c.Path switch
        {
            "/ip/hotspot/user/print" => ++prints == 1 ? Response() : Response(Row(".id=*9", "name=v-1", "profile=old")),
            "/ip/hotspot/user/add" => throw new RouterOsTrapException(c.Path, [new RouterOsTrap("failure: already have user with this name", null)]),
            _ => Response(),
        });
        var result = await api.Hotspot().Users.EnsureAsync(new HotspotUserSettings { Name = "v-1", Profile = "new" });
        Assert.Equal(new EnsureResult("*9", EnsureOutcome.Updated), result);
        Assert.Equal(["=.id=*9", "=profile=new"], api.Sent[^1].Arguments);
    }

    [Fact]
    public async Task HostFindByMacAddressAsync_AnySpelling_NormalisedQuery()
    {
        var api = new FakeRouterOsApi(_ => Response(Row(".id=*5", "mac-address=AA:BB:CC:DD:EE:FF", "address=10.5.50.9")));
        var host = await api.Hotspot().Hosts.FindByMacAddressAsync("aa:bb:cc:dd:ee:ff");
        Assert.Equal("10.5.50.9", host?.Address);
        Assert.Equal(["?mac-address=AA:BB:CC:DD:EE:FF"], api.Sent[0].Arguments);
    }

    [Fact]
    public async Task WalledGardenIpAddAsync_Rule_Attributes()
    {
        var api = new FakeRouterOsApi(_ => Ret("*7"));
        var id = await api.Hotspot().WalledGardenIp.AddAsync(new WalledGardenIpRule
        {
            Action = "accept", DstHost = "portal.example.com", Comment = "portal",
        });
        Assert.Equal("*7", id);
        Assert.Equal("/ip/hotspot/walled-garden/ip/add", api.Sent[0].Path);
        Assert.Equal(["=action=accept", "=dst-host=portal.example.com", "=comment=portal"], api.Sent[0].Arguments);
    }

    [Fact]
    public async Task UserEnsureAsync_UnsetFieldsAbsentFromPrint_Unchanged()
    {
        var api = new FakeRouterOsApi(_ => Response(Row(".id=*4", "name=v-2", "password=p")));
        var result = await api.Hotspot().Users.EnsureAsync(new HotspotUserSettings
        {
            Name = "v-2", Password = "p", LimitUptime = TimeSpan.Zero, LimitBytesTotal = 0, Comment = "",
        });
        Assert.Equal(EnsureOutcome.Unchanged, result.Outcome);
        Assert.Single(api.Sent);
    }

    [Fact]
    public async Task UserEnsureAsync_PasswordNotPrinted_Resent()
    {
        var api = new FakeRouterOsApi(c => c.Path.EndsWith("/print", StringComparison.Ordinal)
            ? Response(Row(".id=*4", "name=v-2", "profile=default"))
            : Response());
        var result = await api.Hotspot().Users.EnsureAsync(new HotspotUserSettings { Name = "v-2", Password = "p", Profile = "default" });
        Assert.Equal(EnsureOutcome.Updated, result.Outcome);
        Assert.Equal(["=.id=*4", "=password=p"], api.Sent[1].Arguments);
    }
}
