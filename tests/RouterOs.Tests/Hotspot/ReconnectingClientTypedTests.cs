using KimHotspot.RouterOs.Connection;
using KimHotspot.RouterOs.Device;
using KimHotspot.RouterOs.Hotspot;
using KimHotspot.RouterOs.Reconnect;
using KimHotspot.RouterOs.Values;
using KimHotspot.RouterSimulator;

namespace KimHotspot.RouterOs.Tests.Hotspot;

/// <summary>The typed menus over the reconnecting <see cref="RouterOsClient"/>, across a router reboot.</summary>
public class ReconnectingClientTypedTests
{
    [Fact]
    public async Task TypedMenus_OverClientAcrossReboot_KeepWorking()
    {
        await using var router = new SimulatedRouter(new SimulatorOptions { ApiPort = 0, Password = "pw-client" });
        await router.StartAsync();
        await using var client = new RouterOsClient(
            new RouterOsConnectionOptions { Host = "127.0.0.1", Port = router.ApiPort, UserName = "admin", Password = "pw-client" },
            new RouterOsReconnectOptions { InitialDelay = TimeSpan.FromMilliseconds(20), MaxDelay = TimeSpan.FromMilliseconds(200) });
        await client.StartAsync();
        var tier = new HotspotUserProfileSettings { Name = "silver", RateLimit = RateLimit.Parse("512k/1M"), SharedUsers = 1 };

        Assert.Equal(EnsureOutcome.Created, (await client.Hotspot().UserProfiles.EnsureAsync(tier)).Outcome);
        var reconnected = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var dropped = false;
        client.StateChanged += (_, e) =>
        {
            dropped |= e.State != RouterOsClientState.Connected;
            if (dropped && e.State == RouterOsClientState.Connected)
            {
                reconnected.TrySetResult();
            }
        };
        await router.RebootAsync();
        await reconnected.Task.WaitAsync(TimeSpan.FromMinutes(1));

        Assert.Equal(EnsureOutcome.Unchanged, (await client.Hotspot().UserProfiles.EnsureAsync(tier)).Outcome);
        Assert.NotNull((await client.Device().GetResourceAsync()).Uptime);
        Assert.Empty(await client.Hotspot().Active.PrintAsync());
    }
}
