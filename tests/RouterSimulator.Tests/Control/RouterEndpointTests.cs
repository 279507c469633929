using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

using KimHotspot.RouterSimulator.Tests.SimulatorFixture;
using static KimHotspot.RouterSimulator.Tests.Control.ControlAssert;

namespace KimHotspot.RouterSimulator.Tests.Control;

public class RouterEndpointTests
{
    private const string Mac = "AA:BB:CC:DD:EE:01";

    [Fact]
    public async Task GetSessions_SeededRouter_ListsSeedSessions()
    {
        await using var sim = await TestSimulator.StartAsync(o => o.SeedSessions = 3);

        using var sessions = await GetJsonAsync(sim, "/sessions");

        Assert.Equal(3, sessions.RootElement.GetArrayLength());
        Assert.All(sessions.RootElement.EnumerateArray(), s => Assert.False(string.IsNullOrEmpty(s.GetProperty("user").GetString())));
        Assert.Equal(3, sim.Router.ActiveSessions().Count);
    }

    [Fact]
    public async Task PostTraffic_LoggedInDevice_204AndCountersGrow()
    {
        await using var sim = await TestSimulator.StartAsync(o => o.SeedSessions = 1);
        var session = Assert.Single(sim.Router.ActiveSessions());

        using var response = await sim.Control.PostAsJsonAsync("/traffic",
            new { mac = session.MacAddress, bytesIn = 1000, bytesOut = 5000 });

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        var after = Assert.Single(sim.Router.ActiveSessions());
        Assert.Equal(session.BytesIn + 1000, after.BytesIn);
        Assert.Equal(session.BytesOut + 5000, after.BytesOut);
    }

    [Theory]
    [InlineData("{\"mac\":\"AA:BB:CC:DD:EE:01\",\"bytesIn\":-1,\"bytesOut\":0}", HttpStatusCode.BadRequest)]
    [InlineData("{\"mac\":\"nope\",\"bytesIn\":1,\"bytesOut\":1}", HttpStatusCode.BadRequest)]
    [InlineData("{\"mac\":\"AA:BB:CC:DD:EE:01\"}", HttpStatusCode.BadRequest)]
    [InlineData("{\"mac\":\"AA:BB:CC:DD:EE:99\",\"bytesIn\":1,\"bytesOut\":1}", HttpStatusCode.NotFound)]
    public async Task PostTraffic_BadRequest_Problem(string body, HttpStatusCode expected)
    {
        await using var sim = await TestSimulator.StartAsync();
        await sim.JoinAsync(Mac, "10.5.50.23");

        using var response = await sim.Control.PostAsync("/traffic", Json(body));

        await AssertProblemAsync(response, expected);
    }

    [Fact]
    public async Task PostFaults_PartialUpdate_ChangesOnlyGivenSwitches()
    {
        await using var sim = await TestSimulator.StartAsync();
        sim.Router.Faults.Silence = true;

        using var response = await sim.Control.PostAsync("/faults",
            Json("{\"replyDelayMs\":250,\"refuseLogins\":true,\"fatalNext\":\"too many commands\"}"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var faults = sim.Router.Faults;
        Assert.Equal(TimeSpan.FromMilliseconds(250), faults.ReplyDelay);
        Assert.True(faults.RefuseLogins);
        Assert.Equal("too many commands", faults.FatalNext);
        Assert.True(faults.Silence);
        Assert.False(faults.ByteByByte);
        using var view = await GetJsonAsync(sim, "/faults");
        Assert.Equal(250, view.RootElement.GetProperty("replyDelayMs").GetInt64());
        Assert.True(view.RootElement.GetProperty("silence").GetBoolean());
        Assert.True(view.RootElement.GetProperty("refuseLogins").GetBoolean());
    }

    [Fact]
    public async Task PostFaults_EmptyFatalNextAndEveryFlag_ClearsAndSets()
    {
        await using var sim = await TestSimulator.StartAsync();
        sim.Router.Faults.FatalNext = "x";

        using var response = await sim.Control.PostAsync("/faults", Json(
            "{\"fatalNext\":\"\",\"byteByByte\":true,\"dropMidSentence\":true,\"closeAfterFailedLogin\":true," +
            "\"unknownReplyWordNext\":true,\"longLengthPrefixes\":true}"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var f = sim.Router.Faults;
        Assert.Null(f.FatalNext);
        Assert.True(f.ByteByByte && f.DropMidSentence && f.CloseAfterFailedLogin && f.UnknownReplyWordNext && f.LongLengthPrefixes);
    }

    [Fact]
    public async Task PostFaults_NegativeDelay_400Problem()
    {
        await using var sim = await TestSimulator.StartAsync();

        using var response = await sim.Control.PostAsync("/faults", Json("{\"replyDelayMs\":-5}"));

        await AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal(TimeSpan.Zero, sim.Router.Faults.ReplyDelay);
    }

    [Fact]
    public async Task PostReboot_WithSessions_204AndSessionsGone()
    {
        await using var sim = await TestSimulator.StartAsync(o => o.SeedSessions = 2);

        using var response = await sim.Control.PostAsync("/reboot", null);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Empty(sim.Router.ActiveSessions());
    }

    [Theory]
    [InlineData(false, "1970-")]
    [InlineData(true, "20")]
    public async Task PostClock_Synced_204AndRouterDateFollows(bool synced, string datePrefix)
    {
        await using var sim = await TestSimulator.StartAsync();

        using var response = await sim.Control.PostAsync("/clock", Json(synced ? "{\"synced\":true}" : "{\"synced\":false}"));

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        await using var api = await RawApiClient.LoginAsync(sim.Router);
        var reply = await api.CallAsync("/system/clock/print");
        Assert.Contains(reply[0], w => w.StartsWith("=date=" + datePrefix, StringComparison.Ordinal));
    }

    [Fact]
    public async Task PostClock_MissingSynced_400Problem()
    {
        await using var sim = await TestSimulator.StartAsync();

        using var response = await sim.Control.PostAsync("/clock", Json("{}"));

        await AssertProblemAsync(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task GetRouter_Running_ReportsIdentityVersionAndApiPort()
    {
        await using var sim = await TestSimulator.StartAsync(o => o.Identity = "KIM-Desa-Test");

        using var doc = await GetJsonAsync(sim, "/router");

        Assert.Equal("KIM-Desa-Test", doc.RootElement.GetProperty("identity").GetString());
        Assert.Equal(sim.Router.ApiPort, doc.RootElement.GetProperty("apiPort").GetInt32());
        Assert.NotEqual(0, sim.Router.ApiPort);
    }

    [Fact]
    public async Task ControlPort_HotspotPaths_NotServedThere()
    {
        await using var sim = await TestSimulator.StartAsync();

        using var response = await sim.Control.GetAsync("/login");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.NotEqual(sim.Host.ControlPort, sim.Host.HttpPort);
        Assert.Equal("127.0.0.1", sim.Host.ControlUrl!.Host);
    }
}
