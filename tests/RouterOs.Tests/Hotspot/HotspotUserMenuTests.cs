using KimHotspot.RouterOs.Hotspot;

namespace KimHotspot.RouterOs.Tests.Hotspot;

/// <summary><c>/ip/hotspot/user</c> against the simulator over TCP.</summary>
public class HotspotUserMenuTests
{
    [Fact]
    public async Task AddAsync_ThenFindByName_FieldsRoundTrip()
    {
        await using var s = await SimulatedRouterSession.StartAsync();
        var users = s.Api.Hotspot().Users;
        var id = await users.AddAsync(new HotspotUserSettings
        {
            Name = "v-1234", Password = "x7k2", LimitUptime = TimeSpan.FromHours(1),
            LimitBytesTotal = 5_000_000_000, Comment = "batch42", MacAddress = "aa-bb-cc-dd-ee-ff",
        });
        var user = await users.FindByNameAsync("v-1234");
        Assert.NotNull(user);
        Assert.Equal(id, user.Id);
        Assert.Equal(TimeSpan.FromHours(1), user.LimitUptime);
        Assert.Equal(5_000_000_000, user.LimitBytesTotal);
        Assert.Equal("batch42", user.Comment);
        Assert.Equal("AA:BB:CC:DD:EE:FF", user.MacAddress);
        Assert.Equal("default", user.Profile);
        Assert.False(user.Disabled);
        Assert.Contains(await users.PrintAsync(), u => u.Name == "v-1234");
    }

    [Fact]
    public async Task FindByNameAsync_Unknown_Null()
    {
        await using var s = await SimulatedRouterSession.StartAsync();
        Assert.Null(await s.Api.Hotspot().Users.FindByNameAsync("nobody"));
    }

    [Fact]
    public async Task SetAsync_OnlyGivenFields_OthersKept()
    {
        await using var s = await SimulatedRouterSession.StartAsync();
        var users = s.Api.Hotspot().Users;
        var id = await users.AddAsync(new HotspotUserSettings { Name = "v-1", Password = "p", Comment = "keep" });
        await users.SetAsync(id, new HotspotUserSettings { Disabled = true, LimitUptime = TimeSpan.FromMinutes(30) });
        var user = await users.FindByNameAsync("v-1");
        Assert.True(user!.Disabled);
        Assert.Equal(TimeSpan.FromMinutes(30), user.LimitUptime);
        Assert.Equal("keep", user.Comment);
    }

    [Fact]
    public async Task AddAsync_DuplicateName_TrapAlreadyExists()
    {
        await using var s = await SimulatedRouterSession.StartAsync();
        var users = s.Api.Hotspot().Users;
        await users.AddAsync(new HotspotUserSettings { Name = "dup" });
        var e = await Assert.ThrowsAsync<RouterOsTrapException>(() => users.AddAsync(new HotspotUserSettings { Name = "dup" }));
        Assert.True(e.IsAlreadyExists, e.Message);
    }

    [Fact]
    public async Task RemoveAsync_User_Gone()
    {
        await using var s = await SimulatedRouterSession.StartAsync();
        var users = s.Api.Hotspot().Users;
        var id = await users.AddAsync(new HotspotUserSettings { Name = "gone" });
        await users.RemoveAsync(id);
        Assert.Null(await users.FindByNameAsync("gone"));
    }

    [Fact]
    public async Task EnsureAsync_Repeated_CreatedThenUnchangedThenUpdated()
    {
        await using var s = await SimulatedRouterSession.StartAsync();
        var users = s.Api.Hotspot().Users;
        var wanted = new HotspotUserSettings { Name = "m-0812", Password = "pw", Comment = "member", LimitUptime = TimeSpan.Zero };
        var first = await users.EnsureAsync(wanted);
        var second = await users.EnsureAsync(wanted);
        var third = await users.EnsureAsync(wanted with { Comment = "member, renewed" });
        Assert.Equal(EnsureOutcome.Created, first.Outcome);
        Assert.Equal(EnsureOutcome.Unchanged, second.Outcome);
        Assert.Equal(EnsureOutcome.Updated, third.Outcome);
        Assert.Equal(first.Id, third.Id);
        Assert.Equal("member, renewed", (await users.FindByNameAsync("m-0812"))!.Comment);
    }
}
