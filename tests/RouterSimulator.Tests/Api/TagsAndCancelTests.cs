using KimHotspot.RouterSimulator.Tests.SimulatorFixture;

namespace KimHotspot.RouterSimulator.Tests.Api;

public class TagsAndCancelTests
{
    [Fact]
    public async Task Tags_ListenWhileOtherCommandsRun_EveryReplyCarriesItsTag()
    {
        await using var router = await TestRouter.StartAsync();
        await using var client = await RawApiClient.LoginAsync(router);

        await client.SendAsync("/ip/hotspot/user/listen", ".tag=a");
        await client.SendAsync("/ip/hotspot/user/add", "=name=v-1", "=password=x", ".tag=b");
        await client.SendAsync("/system/identity/print", ".tag=c");

        var seen = new List<string[]>();
        while (seen.Count(s => s[0] == "!done") < 2 || !seen.Any(s => s[0] == "!re" && RawApiClient.TagOf(s) == "a"))
        {
            seen.Add(await client.ReadAsync());
        }

        Assert.All(seen, s => Assert.NotNull(RawApiClient.TagOf(s)));
        Assert.Contains(seen, s => s[0] == "!done" && RawApiClient.TagOf(s) == "b" && RawApiClient.Get(s, "ret") == "*1");
        Assert.Contains(seen, s => s[0] == "!re" && RawApiClient.TagOf(s) == "c");
        Assert.Contains(seen, s => s[0] == "!re" && RawApiClient.TagOf(s) == "a" && RawApiClient.Get(s, "name") == "v-1");
        Assert.DoesNotContain(seen, s => s[0] == "!done" && RawApiClient.TagOf(s) == "a");
    }

    [Fact]
    public async Task Cancel_Tagged_InterruptsListenWithCategory2ThenDoneBoth()
    {
        await using var router = await TestRouter.StartAsync();
        await using var client = await RawApiClient.LoginAsync(router);

        await client.SendAsync("/interface/listen", ".tag=2");
        await client.SendAsync("/cancel", "=tag=2", ".tag=7");

        Assert.Equal(["!trap", "=category=2", "=message=interrupted", ".tag=2"], await client.ReadAsync());
        Assert.Equal(["!done", ".tag=7"], await client.ReadAsync());
        Assert.Equal(["!done", ".tag=2"], await client.ReadAsync());
    }

    [Fact]
    public async Task Cancel_Untagged_CancelsEveryRunningCommand()
    {
        await using var router = await TestRouter.StartAsync();
        await using var client = await RawApiClient.LoginAsync(router);

        await client.SendAsync("/ip/hotspot/active/listen", ".tag=1");
        await client.SendAsync("/interface/monitor-traffic", "=interface=ether1", ".tag=2");
        Assert.Equal("2", RawApiClient.TagOf(await client.ReadAsync()));
        await client.SendAsync("/cancel");

        var replies = new List<string[]>();
        while (replies.Count(r => r[0] == "!done") < 3)
        {
            replies.Add(await client.ReadAsync());
        }

        var traps = replies.Where(r => r[0] == "!trap").Select(RawApiClient.TagOf).Order().ToList();
        Assert.Equal(["1", "2"], traps);
        Assert.Contains(replies, r => r.SequenceEqual(["!done"]));
        var untaggedDone = replies.FindIndex(r => r.SequenceEqual(["!done"]));
        Assert.All(replies.Where(r => r[0] == "!done" && RawApiClient.TagOf(r) is not null), r => Assert.True(replies.IndexOf(r) > untaggedDone));
    }

    [Fact]
    public async Task Listen_AddSetRemove_ReportsRowsAndDeadTrueOn719()
    {
        await using var router = await TestRouter.StartAsync("7.19");
        await using var client = await RawApiClient.LoginAsync(router);
        await using var other = await RawApiClient.LoginAsync(router);

        await client.SendAsync("/ip/hotspot/user/listen", ".tag=L");
        await client.CallAsync("/system/identity/print", ".tag=sync"); // commands run in order: listen is subscribed now
        var id = RawApiClient.Get((await other.CallAsync("/ip/hotspot/user/add", "=name=v-9", "=password=p"))[0], "ret")!;
        await other.CallAsync("/ip/hotspot/user/set", "=.id=" + id, "=comment=batch42");
        await other.CallAsync("/ip/hotspot/user/remove", "=.id=" + id);

        var added = await client.ReadAsync();
        var changed = await client.ReadAsync();
        var removed = await client.ReadAsync();
        Assert.Equal("v-9", RawApiClient.Get(added, "name"));
        Assert.Equal("batch42", RawApiClient.Get(changed, "comment"));
        Assert.Equal(["!re", "=.id=" + id, "=.dead=true", ".tag=L"], removed);
    }

    [Fact]
    public async Task Listen_RemoveOn642_ReportsDeadYes()
    {
        await using var router = await TestRouter.StartAsync("6.42");
        await using var client = await RawApiClient.ConnectAsync(router.ApiPort);
        var challenge = await client.CallAsync("/login");
        await client.CallAsync("/login", "=name=admin", "=response=" + RawApiClient.ChallengeResponse(TestRouter.Password, RawApiClient.Get(challenge[0], "ret")!));

        await client.SendAsync("/ip/hotspot/ip-binding/listen", ".tag=L");
        var add = await client.CallAsync("/ip/hotspot/ip-binding/add", "=mac-address=AA:BB:CC:DD:EE:01", "=type=bypassed", ".tag=A");
        string id = RawApiClient.Get(add.Single(r => r[0] == "!done"), "ret")!;
        await client.SendAsync("/ip/hotspot/ip-binding/remove", "=.id=" + id, ".tag=R");

        var dead = await ReadUntilAsync(client, s => s.Contains("=.dead=yes"));
        Assert.Equal(["!re", "=.id=" + id, "=.dead=yes", ".tag=L"], dead);
    }

    private static async Task<string[]> ReadUntilAsync(RawApiClient client, Func<string[], bool> match)
    {
        while (true)
        {
            var s = await client.ReadAsync();
            if (match(s))
            {
                return s;
            }
        }
    }
}
