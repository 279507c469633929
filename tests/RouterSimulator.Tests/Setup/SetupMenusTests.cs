using KimHotspot.RouterOs;
using KimHotspot.RouterOs.Connection;
using KimHotspot.RouterSimulator.Tests.SimulatorFixture;

namespace KimHotspot.RouterSimulator.Tests.Setup;

public class SetupMenusTests
{
    [Fact]
    public async Task ServiceSet_ApiSsl_ChangesOnlyThatRow()
    {
        await using var router = await TestRouter.StartAsync();
        await using var api = await ConnectAsync(router);

        await api.ExecuteAsync(new RouterOsCommand("/ip/service/set").Attribute("numbers", "api-ssl").Attribute("address", "192.168.88.2/32"));
        var rows = (await api.ExecuteAsync(new RouterOsCommand("/ip/service/print"))).Rows;

        Assert.Equal(8, rows.Count);
        Assert.Equal("192.168.88.2/32", rows.Single(r => r["name"] == "api-ssl")["address"]);
        Assert.Equal(string.Empty, rows.Single(r => r["name"] == "api")["address"]);
    }

    [Fact]
    public async Task ServiceAdd_Always_Traps()
    {
        await using var router = await TestRouter.StartAsync();
        await using var api = await ConnectAsync(router);

        var trap = await Assert.ThrowsAsync<RouterOsTrapException>(() =>
            api.ExecuteAsync(new RouterOsCommand("/ip/service/add").Attribute("name", "gopher")));

        Assert.EndsWith("no such command", trap.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CertificateSign_NewTemplate_GetsPrivateKeyAndFingerprint()
    {
        await using var router = await TestRouter.StartAsync();
        await using var api = await ConnectAsync(router);

        var id = (await api.ExecuteAsync(new RouterOsCommand("/certificate/add").Attribute("name", "c1").Attribute("common-name", "10.5.50.1"))).Ret!;
        var before = (await api.ExecuteAsync(new RouterOsCommand("/certificate/print"))).Rows.Single();
        await api.ExecuteAsync(new RouterOsCommand("/certificate/sign").Attribute("numbers", id));
        var after = (await api.ExecuteAsync(new RouterOsCommand("/certificate/print"))).Rows.Single();

        Assert.Equal("false", before["private-key"]);
        Assert.Null(before["fingerprint"]);
        Assert.Equal("true", after["private-key"]);
        Assert.Equal("true", after["trusted"]);
        Assert.Equal(64, after["fingerprint"]!.Length);
    }

    [Fact]
    public async Task CertificateSign_Twice_Traps()
    {
        await using var router = await TestRouter.StartAsync();
        await using var api = await ConnectAsync(router);
        await api.ExecuteAsync(new RouterOsCommand("/certificate/add").Attribute("name", "c1").Attribute("common-name", "x"));
        await api.ExecuteAsync(new RouterOsCommand("/certificate/sign").Attribute("numbers", "c1"));

        var trap = await Assert.ThrowsAsync<RouterOsTrapException>(() =>
            api.ExecuteAsync(new RouterOsCommand("/certificate/sign").Attribute("numbers", "c1")));

        Assert.Contains("already signed", trap.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UserGroupAdd_ShortPolicy_PrintsEveryPolicyWithNegations()
    {
        await using var router = await TestRouter.StartAsync();
        await using var api = await ConnectAsync(router);

        await api.ExecuteAsync(new RouterOsCommand("/user/group/add").Attribute("name", "g").Attribute("policy", "api,read,write"));
        var row = (await api.ExecuteAsync(new RouterOsCommand("/user/group/print").Where("name", "g"))).Rows.Single();

        Assert.Equal("!local,!telnet,!ssh,!ftp,!reboot,read,write,!policy,!test,!winbox,!password,!web,!sniff,!sensitive,api,!romon,!rest-api", row["policy"]);
    }

    [Fact]
    public async Task UserGroupAdd_UnknownPolicy_Traps()
    {
        await using var router = await TestRouter.StartAsync();
        await using var api = await ConnectAsync(router);

        await Assert.ThrowsAsync<RouterOsTrapException>(() =>
            api.ExecuteAsync(new RouterOsCommand("/user/group/add").Attribute("name", "g").Attribute("policy", "fly")));
    }

    [Fact]
    public async Task UserAdd_WithPassword_NeverPrintsIt()
    {
        await using var router = await TestRouter.StartAsync();
        await using var api = await ConnectAsync(router);

        await api.ExecuteAsync(new RouterOsCommand("/user/add").Attribute("name", "u").Attribute("group", "read").Attribute("password", "s3cret"));
        var rows = (await api.ExecuteAsync(new RouterOsCommand("/user/print"))).Rows;

        Assert.Equal(["admin", "u"], rows.Select(r => r["name"]));
        Assert.All(rows, r => Assert.Null(r["password"]));
    }

    [Fact]
    public async Task UserAdd_UnknownGroup_Traps()
    {
        await using var router = await TestRouter.StartAsync();
        await using var api = await ConnectAsync(router);

        await Assert.ThrowsAsync<RouterOsTrapException>(() =>
            api.ExecuteAsync(new RouterOsCommand("/user/add").Attribute("name", "u").Attribute("group", "nope")));
    }

    [Fact]
    public async Task NtpClientSet_EnabledAndServers_PrintsThem()
    {
        await using var router = await TestRouter.StartAsync();
        await using var api = await ConnectAsync(router);

        await api.ExecuteAsync(new RouterOsCommand("/system/ntp/client/set").Attribute("enabled", "yes").Attribute("servers", "0.id.pool.ntp.org"));
        var row = (await api.ExecuteAsync(new RouterOsCommand("/system/ntp/client/print"))).Rows.Single();

        Assert.Equal(("true", "0.id.pool.ntp.org", null), (row["enabled"], row["servers"], row.Id));
    }

    [Fact]
    public async Task DnsSet_AllowRemoteRequests_PrintsIt()
    {
        await using var router = await TestRouter.StartAsync();
        await using var api = await ConnectAsync(router);

        var before = (await api.ExecuteAsync(new RouterOsCommand("/ip/dns/print"))).Rows.Single();
        await api.ExecuteAsync(new RouterOsCommand("/ip/dns/set").Attribute("allow-remote-requests", "yes"));
        var after = (await api.ExecuteAsync(new RouterOsCommand("/ip/dns/print"))).Rows.Single();

        Assert.Equal(("false", "true"), (before["allow-remote-requests"], after["allow-remote-requests"]));
    }

    [Fact]
    public async Task DnsStaticAdd_NameAndAddress_IsFoundByName()
    {
        await using var router = await TestRouter.StartAsync();
        await using var api = await ConnectAsync(router);

        await api.ExecuteAsync(new RouterOsCommand("/ip/dns/static/add").Attribute("name", "portal.kim.example").Attribute("address", "192.168.88.2"));
        var row = (await api.ExecuteAsync(new RouterOsCommand("/ip/dns/static/print").Where("name", "portal.kim.example"))).Rows.Single();

        Assert.Equal(("192.168.88.2", "1d"), (row["address"], row["ttl"]));
    }

    [Fact]
    public async Task FileAdd_WithContents_PrintsContentsAndSize()
    {
        await using var router = await TestRouter.StartAsync();
        await using var api = await ConnectAsync(router);

        await api.ExecuteAsync(new RouterOsCommand("/file/add").Attribute("name", "kimhotspot/login.html").Attribute("contents", "<p>$(mac)</p>"));
        var row = (await api.ExecuteAsync(new RouterOsCommand("/file/print").Where("name", "kimhotspot/login.html"))).Rows.Single();

        Assert.Equal(("<p>$(mac)</p>", "13"), (row["contents"], row["size"]));
    }

    [Fact]
    public async Task DhcpServerAdd_UnknownPool_Traps()
    {
        await using var router = await TestRouter.StartAsync();
        await using var api = await ConnectAsync(router);

        await Assert.ThrowsAsync<RouterOsTrapException>(() => api.ExecuteAsync(new RouterOsCommand("/ip/dhcp-server/add")
            .Attribute("name", "d").Attribute("interface", "bridge1").Attribute("address-pool", "missing")));
    }

    [Fact]
    public async Task BridgePrint_DefaultConfiguration_HasTheWifiBridge()
    {
        await using var router = await TestRouter.StartAsync();
        await using var api = await ConnectAsync(router);

        var ports = (await api.ExecuteAsync(new RouterOsCommand("/interface/bridge/port/print"))).Rows;
        var bridges = (await api.ExecuteAsync(new RouterOsCommand("/interface/bridge/print"))).Rows;

        Assert.Equal("bridge1", Assert.Single(bridges)["name"]);
        Assert.Equal(("wlan1", "bridge1"), (Assert.Single(ports)["interface"], ports[0]["bridge"]));
    }

    private static Task<RouterOsConnection> ConnectAsync(SimulatedRouter router) => RouterOsConnection.ConnectAsync(new RouterOsConnectionOptions
    {
        Host = "127.0.0.1",
        Port = router.ApiPort,
        UserName = "admin",
        Password = TestRouter.Password,
    });
}
