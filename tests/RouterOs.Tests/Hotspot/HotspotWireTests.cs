using KimHotspot.RouterOs.Hotspot;
using KimHotspot.RouterOs.Values;

namespace KimHotspot.RouterOs.Tests.Hotspot;

/// <summary>Exact words the typed hotspot menus send, as the simulator received them over TCP (its transcript).</summary>
public class HotspotWireTests
{
    private const string Mac = "AA:BB:CC:DD:EE:FF";
    private const string Ip = "10.5.50.23";

    [Fact]
    public async Task ActivePrintAsync_AllFilters_QueryWordsInOrder()
    {
        await using var s = await SimulatedRouterSession.StartAsync();
        s.Router.JoinDevice(Mac, Ip);
        await s.Api.Hotspot().Users.AddAsync(new HotspotUserSettings { Name = "v-1", Password = "pw" });
        await s.Api.Hotspot().Active.LoginAsync("v-1", "pw", Ip, Mac);
        s.RecordCommands();

        var session = Assert.Single(await s.Api.Hotspot().Active.PrintAsync(Ip, "v-1", "aa-bb-cc-dd-ee-ff"));

        Assert.Equal("v-1", session.User);
        var command = Assert.Single(s.ReceivedCommands());
        Assert.Equal(["/ip/hotspot/active/print", "?address=10.5.50.23", "?user=v-1", "?mac-address=AA:BB:CC:DD:EE:FF"], command);
    }

    [Fact]
    public async Task ActiveLoginAsync_Arguments_NormalisedMac()
    {
        await using var s = await SimulatedRouterSession.StartAsync();
        s.Router.JoinDevice(Mac, Ip);
        await s.Api.Hotspot().Users.AddAsync(new HotspotUserSettings { Name = "v-1", Password = "pw" });
        s.RecordCommands();

        await s.Api.Hotspot().Active.LoginAsync("v-1", "pw", Ip, "aabbccddeeff");

        Assert.Equal(["/ip/hotspot/active/login", "=user=v-1", "=password=pw", "=ip=10.5.50.23", "=mac-address=AA:BB:CC:DD:EE:FF"],
            Assert.Single(s.ReceivedCommands()));
        Assert.Contains(s.Router.ActiveSessions(), a => a.User == "v-1");
    }

    [Fact]
    public async Task UserAddAsync_Settings_OnlyGivenFieldsAndRet()
    {
        await using var s = await SimulatedRouterSession.StartAsync();
        await s.Api.Hotspot().UserProfiles.AddAsync(new HotspotUserProfileSettings { Name = "1h" });
        s.RecordCommands();

        var id = await s.Api.Hotspot().Users.AddAsync(new HotspotUserSettings
        {
            Name = "v-1", Password = "x", Profile = "1h", LimitUptime = TimeSpan.FromHours(1), LimitBytesTotal = 5_000_000_000,
        });

        Assert.Equal(["/ip/hotspot/user/add", "=name=v-1", "=password=x", "=profile=1h", "=limit-uptime=1h", "=limit-bytes-total=5000000000"],
            Assert.Single(s.ReceivedCommands()));
        Assert.Equal(id, (await s.Api.Hotspot().Users.FindByNameAsync("v-1"))?.Id);
    }

    [Fact]
    public async Task UserSetAsync_OneField_SendsIdAndThatField()
    {
        await using var s = await SimulatedRouterSession.StartAsync();
        var users = s.Api.Hotspot().Users;
        var id = await users.AddAsync(new HotspotUserSettings { Name = "v-1" });
        s.RecordCommands();

        await users.SetAsync(id, new HotspotUserSettings { Disabled = true });

        Assert.Equal(["/ip/hotspot/user/set", "=.id=" + id, "=disabled=yes"], Assert.Single(s.ReceivedCommands()));
        Assert.True((await users.FindByNameAsync("v-1"))?.Disabled);
    }

    [Fact]
    public async Task UserSetAsync_NoFields_SendsNothing()
    {
        await using var s = await SimulatedRouterSession.StartAsync();
        var users = s.Api.Hotspot().Users;
        var id = await users.AddAsync(new HotspotUserSettings { Name = "v-1" });
        s.RecordCommands();

        await users.SetAsync(id, new HotspotUserSettings());
        await users.PrintAsync(); // answered after anything sent before it

        Assert.Equal("/ip/hotspot/user/print", Assert.Single(s.ReceivedCommands())[0]);
    }

    [Theory]
    [InlineData("6.49")]
    [InlineData("7.19")]
    public async Task ProfileEnsureAsync_SameValuesDifferentSpelling_Unchanged(string version)
    {
        await using var s = await SimulatedRouterSession.StartAsync(version);
        await s.Api.ExecuteAsync(new RouterOsCommand("/ip/hotspot/user/profile/add").Attribute("name", "gold")
            .Attribute("rate-limit", "1000k/2M").Attribute("shared-users", "unlimited").Attribute("idle-timeout", "none")
            .Attribute("session-timeout", "01:00:00").Attribute("add-mac-cookie", "true"));
        s.RecordCommands();

        var result = await s.Api.Hotspot().UserProfiles.EnsureAsync(new HotspotUserProfileSettings
        {
            Name = "gold",
            RateLimit = RateLimit.FromUploadDownload(1_000_000, 2_000_000),
            SharedUsers = HotspotUserProfileSettings.UnlimitedSharedUsers,
            IdleTimeout = Timeout.InfiniteTimeSpan,
            SessionTimeout = TimeSpan.FromHours(1),
            AddMacCookie = true,
        });

        Assert.Equal(EnsureOutcome.Unchanged, result.Outcome);
        Assert.Equal(["/ip/hotspot/user/profile/print", "?name=gold"], Assert.Single(s.ReceivedCommands()));
    }

    [Fact]
    public async Task ProfileEnsureAsync_OneFieldDiffers_SetsOnlyThatField()
    {
        await using var s = await SimulatedRouterSession.StartAsync();
        var profiles = s.Api.Hotspot().UserProfiles;
        var id = await profiles.AddAsync(new HotspotUserProfileSettings { Name = "gold", RateLimit = RateLimit.Parse("1M/2M"), SharedUsers = 1 });
        s.RecordCommands();

        var result = await profiles.EnsureAsync(new HotspotUserProfileSettings
        {
            Name = "gold", RateLimit = RateLimit.Parse("1M/2M"), SharedUsers = 2,
        });

        Assert.Equal(new EnsureResult(id, EnsureOutcome.Updated), result);
        Assert.Equal(["/ip/hotspot/user/profile/set", "=.id=" + id, "=shared-users=2"], s.ReceivedCommands()[^1]);
        Assert.Equal(2, (await profiles.FindByNameAsync("gold"))?.SharedUsers);
    }

    [Fact]
    public async Task UserEnsureAsync_ConcurrentAddAlreadyExists_UpdatesWinner()
    {
        await using var s = await SimulatedRouterSession.StartAsync();
        var users = s.Api.Hotspot().Users;
        await s.Api.Hotspot().UserProfiles.AddAsync(new HotspotUserProfileSettings { Name = "new" });
        Task<string>? rival = null;
        s.Router.Transcript.Recorded += e =>
        {
            // When the router reads the ensure's print, another add of the same name is already queued behind it:
            // the print finds nothing, that add wins, and the ensure's own add hits "already have".
            if (rival is null && e.FromClient && e.Words[0] == "/ip/hotspot/user/print")
            {
                rival = users.AddAsync(new HotspotUserSettings { Name = "v-1", Profile = "default" });
            }
        };
        s.RecordCommands();

        var result = await users.EnsureAsync(new HotspotUserSettings { Name = "v-1", Profile = "new" });

        Assert.NotNull(rival);
        Assert.Equal(new EnsureResult(await rival, EnsureOutcome.Updated), result);
        var commands = s.ReceivedCommands();
        Assert.Equal(["print", "add", "add", "print", "set"], commands.Select(c => c[0]["/ip/hotspot/user/".Length..]));
        Assert.Equal(["/ip/hotspot/user/set", "=.id=" + result.Id, "=profile=new"], commands[^1]);
        Assert.Equal("new", (await users.FindByNameAsync("v-1"))?.Profile);
    }

    [Fact]
    public async Task UserEnsureAsync_UnsetFieldsAbsentFromPrint_Unchanged()
    {
        await using var s = await SimulatedRouterSession.StartAsync();
        var users = s.Api.Hotspot().Users;
        await users.AddAsync(new HotspotUserSettings { Name = "v-2", Password = "p" });
        s.RecordCommands();

        var result = await users.EnsureAsync(new HotspotUserSettings
        {
            Name = "v-2", Password = "p", LimitUptime = TimeSpan.Zero, LimitBytesTotal = 0, Comment = "",
        });

        Assert.Equal(EnsureOutcome.Unchanged, result.Outcome);
        Assert.Equal("/ip/hotspot/user/print", Assert.Single(s.ReceivedCommands())[0]);
    }

    [Fact]
    public async Task HostFindByMacAddressAsync_AnySpelling_NormalisedQuery()
    {
        await using var s = await SimulatedRouterSession.StartAsync();
        s.Router.JoinDevice(Mac, "10.5.50.9");
        s.RecordCommands();

        var host = await s.Api.Hotspot().Hosts.FindByMacAddressAsync("aa:bb:cc:dd:ee:ff");

        Assert.Equal("10.5.50.9", host?.Address);
        Assert.Equal(["/ip/hotspot/host/print", "?mac-address=AA:BB:CC:DD:EE:FF"], Assert.Single(s.ReceivedCommands()));
    }

    [Fact]
    public async Task WalledGardenIpAddAsync_Rule_Attributes()
    {
        await using var s = await SimulatedRouterSession.StartAsync();
        s.RecordCommands();

        var id = await s.Api.Hotspot().WalledGardenIp.AddAsync(new WalledGardenIpRule
        {
            Action = "accept", DstHost = "portal.example.com", Comment = "portal",
        });

        Assert.Equal(["/ip/hotspot/walled-garden/ip/add", "=action=accept", "=dst-host=portal.example.com", "=comment=portal"],
            Assert.Single(s.ReceivedCommands()));
        Assert.Contains(await s.Api.Hotspot().WalledGardenIp.PrintAsync(), r => r.Id == id && r.DstHost == "portal.example.com");
    }
}
