using KimHotspot.RouterOs.Hotspot;
using KimHotspot.RouterOs.Values;

namespace KimHotspot.RouterOs.Tests.Hotspot;

/// <summary><c>/ip/hotspot/user/profile</c> against the simulator over TCP.</summary>
public class HotspotUserProfileMenuTests
{
    private static readonly HotspotUserProfileSettings Gold = new()
    {
        Name = "gold",
        RateLimit = RateLimit.Parse("1M/2M"),
        SharedUsers = 2,
        SessionTimeout = TimeSpan.FromHours(1),
        IdleTimeout = Timeout.InfiniteTimeSpan,
        KeepaliveTimeout = TimeSpan.FromMinutes(2),
    };

    [Fact]
    public async Task PrintAsync_FreshRouter_HasDefault()
    {
        await using var s = await SimulatedRouterSession.StartAsync();
        Assert.Contains(await s.Api.Hotspot().UserProfiles.PrintAsync(), p => p.Name == "default");
    }

    [Fact]
    public async Task EnsureAsync_Tier_CreatedAndReadBackTyped()
    {
        await using var s = await SimulatedRouterSession.StartAsync();
        var profiles = s.Api.Hotspot().UserProfiles;
        var result = await profiles.EnsureAsync(Gold);
        var gold = await profiles.FindByNameAsync("gold");
        Assert.Equal(EnsureOutcome.Created, result.Outcome);
        Assert.Equal(result.Id, gold!.Id);
        Assert.Equal(1_000_000, gold.RateLimit!.UploadBitsPerSecond);
        Assert.Equal(2_000_000, gold.RateLimit.DownloadBitsPerSecond);
        Assert.Equal(2, gold.SharedUsers);
        Assert.Equal(TimeSpan.FromHours(1), gold.SessionTimeout);
        Assert.Null(gold.IdleTimeout);
        Assert.Equal(TimeSpan.FromMinutes(2), gold.KeepaliveTimeout);
    }

    [Fact]
    public async Task EnsureAsync_SameTierTwice_Unchanged()
    {
        await using var s = await SimulatedRouterSession.StartAsync();
        var profiles = s.Api.Hotspot().UserProfiles;
        await profiles.EnsureAsync(Gold);
        Assert.Equal(EnsureOutcome.Unchanged, (await profiles.EnsureAsync(Gold)).Outcome);
    }

    [Fact]
    public async Task EnsureAsync_UnlimitedAndNoRate_Updated()
    {
        await using var s = await SimulatedRouterSession.StartAsync();
        var profiles = s.Api.Hotspot().UserProfiles;
        await profiles.EnsureAsync(Gold);
        var result = await profiles.EnsureAsync(Gold with { SharedUsers = HotspotUserProfileSettings.UnlimitedSharedUsers, ClearRateLimit = true });
        var gold = await profiles.FindByNameAsync("gold");
        Assert.Equal(EnsureOutcome.Updated, result.Outcome);
        Assert.True(gold!.SharedUsersUnlimited);
        Assert.Null(gold.RateLimit);
    }

    [Fact]
    public async Task AddSetRemove_Profile_Lifecycle()
    {
        await using var s = await SimulatedRouterSession.StartAsync();
        var profiles = s.Api.Hotspot().UserProfiles;
        var id = await profiles.AddAsync(new HotspotUserProfileSettings { Name = "1h", SessionTimeout = TimeSpan.FromHours(1) });
        await profiles.SetAsync(id, new HotspotUserProfileSettings { RateLimit = RateLimit.Parse("512k/1M") });
        var p = await profiles.FindByNameAsync("1h");
        Assert.Equal(RateLimit.Parse("512k/1M"), p!.RateLimit);
        Assert.Equal(TimeSpan.FromHours(1), p.SessionTimeout);
        await profiles.RemoveAsync(id);
        Assert.Null(await profiles.FindByNameAsync("1h"));
    }
}
