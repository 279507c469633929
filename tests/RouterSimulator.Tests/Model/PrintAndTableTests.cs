using System.Text;
using KimHotspot.RouterSimulator.Tests.SimulatorFixture;

namespace KimHotspot.RouterSimulator.Tests.Model;

public class PrintAndTableTests
{
    [Fact]
    public async Task Add_ThreeUsers_ReturnsHexIdsAndPrintQueriesThem()
    {
        await using var router = await TestRouter.StartAsync();
        await using var client = await RawApiClient.LoginAsync(router);

        var ids = new List<string>();
        foreach (var name in (string[])["a", "b", "c"])
        {
            ids.Add(RawApiClient.Get((await client.CallAsync("/ip/hotspot/user/add", "=name=" + name, "=password=p"))[0], "ret")!);
        }

        var rows = await client.CallAsync("/ip/hotspot/user/print", "=.proplist=name,.id", "?=name=a", "?=name=c", "?#|");

        Assert.Equal(["*1", "*2", "*3"], ids);
        Assert.Equal([["!re", "=name=a", "=.id=*1"], ["!re", "=name=c", "=.id=*3"], ["!done"]], rows);
    }

    [Fact]
    public async Task Print_CountOnly_ReturnsRet()
    {
        await using var router = await TestRouter.StartAsync();
        await using var client = await RawApiClient.LoginAsync(router);

        var reply = await client.CallAsync("/interface/print", "=count-only=", "?type=ether", "?type=wlan", "?#|");

        Assert.Equal([["!done", "=ret=2"]], reply);
    }

    [Fact]
    public async Task Print_NoRowsOn719_SendsEmptyThenDone()
    {
        await using var router = await TestRouter.StartAsync("7.19");
        await using var client = await RawApiClient.LoginAsync(router);

        var reply = await client.CallAsync("/ip/hotspot/active/print", ".tag=7");

        Assert.Equal([["!empty", ".tag=7"], ["!done", ".tag=7"]], reply);
    }

    [Fact]
    public async Task Print_NoRowsOn649_OnlyDone()
    {
        await using var router = await TestRouter.StartAsync("6.49");
        await using var client = await RawApiClient.LoginAsync(router);

        var reply = await client.CallAsync("/ip/hotspot/active/print", ".tag=7");

        Assert.Equal([["!done", ".tag=7"]], reply);
    }

    [Fact]
    public async Task Print_UnknownMenu_TwoTrapsThenDone()
    {
        await using var router = await TestRouter.StartAsync();
        await using var client = await RawApiClient.LoginAsync(router);

        var reply = await client.CallAsync("/ip/adress/print");

        Assert.Equal(
        [
            ["!trap", "=category=0", "=message=no such command or directory (adress)"],
            ["!trap", "=message=no such command prefix"],
            ["!done"],
        ], reply);
    }

    [Fact]
    public async Task UnknownVerb_ExistingMenu_NoSuchCommand()
    {
        await using var router = await TestRouter.StartAsync();
        await using var client = await RawApiClient.LoginAsync(router);

        var reply = await client.CallAsync("/ip/hotspot/user/frobnicate");

        Assert.Equal([["!trap", "=message=no such command"], ["!done"]], reply);
    }

    [Fact]
    public async Task Set_MissingId_NoSuchItem()
    {
        await using var router = await TestRouter.StartAsync();
        await using var client = await RawApiClient.LoginAsync(router);

        var reply = await client.CallAsync("/ip/hotspot/user/set", "=.id=*99", "=comment=x");

        Assert.Equal([["!trap", "=message=no such item"], ["!done"]], reply);
    }

    [Fact]
    public async Task Add_DuplicateName_FailureAlreadyHave()
    {
        await using var router = await TestRouter.StartAsync();
        await using var client = await RawApiClient.LoginAsync(router);

        await client.CallAsync("/ip/hotspot/user/add", "=name=v-1");
        var reply = await client.CallAsync("/ip/hotspot/user/add", "=name=v-1");

        Assert.Equal([["!trap", "=message=failure: already have user with this name"], ["!done"]], reply);
    }

    [Fact]
    public async Task Add_BadValue_Category1Trap()
    {
        await using var router = await TestRouter.StartAsync();
        await using var client = await RawApiClient.LoginAsync(router);

        var badNumber = await client.CallAsync("/ip/hotspot/user/add", "=name=v-1", "=limit-bytes-total=lots");
        var badProfile = await client.CallAsync("/ip/hotspot/user/add", "=name=v-2", "=profile=nope");

        Assert.Equal("=category=1", badNumber[0][1]);
        Assert.Equal(["!trap", "=category=1", "=message=input does not match any value of profile"], badProfile[0]);
    }

    [Fact]
    public async Task RemoveAndUnset_CommaListAndValueName_Apply()
    {
        await using var router = await TestRouter.StartAsync();
        await using var client = await RawApiClient.LoginAsync(router);
        await client.CallAsync("/ip/hotspot/user/add", "=name=a", "=comment=x");
        await client.CallAsync("/ip/hotspot/user/add", "=name=b");
        await client.CallAsync("/ip/hotspot/user/add", "=name=c");

        await client.CallAsync("/ip/hotspot/user/unset", "=.id=a", "=value-name=comment");
        await client.CallAsync("/ip/hotspot/user/remove", "=numbers=*2,*3");
        var rows = await client.CallAsync("/ip/hotspot/user/print");

        Assert.Equal(2, rows.Count);
        Assert.Null(RawApiClient.Get(rows[0], "comment"));
    }

    [Fact]
    public async Task Values_NonUtf8Bytes_EchoedUnchanged()
    {
        await using var router = await TestRouter.StartAsync();
        await using var client = await RawApiClient.LoginAsync(router);
        byte[] comment = [.. "=comment=caf"u8, 0xE9];

        await client.SendRawAsync(Encoding.ASCII.GetBytes("/ip/hotspot/walled-garden/add"), comment);
        await client.ReadUntilDoneAsync();
        await client.SendAsync("/ip/hotspot/walled-garden/print", "=.proplist=comment");
        var row = await client.ReadSentenceAsync();

        Assert.Equal(comment, row![1].ToArray());
    }

    [Theory]
    [InlineData("6.42", "=disabled=no", "jun/01/2025 12:11:25")]
    [InlineData("7.9", "=disabled=false", "jun/01/2025 12:11:25")]
    [InlineData("7.19", "=disabled=false", "2025-06-01 12:11:25")]
    public async Task Print_VersionStyles_BooleansAndDates(string version, string disabled, string buildTime)
    {
        await using var router = await TestRouter.StartAsync(version);
        await using var client = version == "6.42" ? await LegacyLoginAsync(router) : await RawApiClient.LoginAsync(router);

        var user = await client.CallAsync("/ip/hotspot/user/profile/print", "=.proplist=name");
        var iface = await client.CallAsync("/interface/print", "?name=ether1");
        var resource = await client.CallAsync("/system/resource/print");

        Assert.Equal("default", RawApiClient.Get(user[0], "name"));
        Assert.Contains(disabled, iface[0]);
        Assert.Equal(buildTime, RawApiClient.Get(resource[0], "build-time"));
        Assert.StartsWith(version, RawApiClient.Get(resource[0], "version"), StringComparison.Ordinal);
    }

    private static async Task<RawApiClient> LegacyLoginAsync(SimulatedRouter router)
    {
        var client = await RawApiClient.ConnectAsync(router.ApiPort);
        var challenge = await client.CallAsync("/login");
        await client.CallAsync("/login", "=name=admin", "=response=" + RawApiClient.ChallengeResponse(TestRouter.Password, RawApiClient.Get(challenge[0], "ret")!));
        return client;
    }
}
