using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

using static KimHotspot.RouterSimulator.Tests.Control.ControlAssert;

namespace KimHotspot.RouterSimulator.Tests.Control;

public class DevicesEndpointTests
{
    private const string Mac = "AA:BB:CC:DD:EE:01";

    [Fact]
    public async Task PostDevices_ValidDevice_201AndListedByRouterAndGetDevices()
    {
        await using var sim = await TestSimulator.StartAsync();

        using var response = await sim.Control.PostAsJsonAsync("/devices", new { mac = "aa-bb-cc-dd-ee-01", ip = "10.5.50.23" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("/devices/AA%3ABB%3ACC%3ADD%3AEE%3A01", response.Headers.Location?.OriginalString);
        var host = Assert.Single(sim.Router.Hosts());
        Assert.Equal((Mac, "10.5.50.23"), (host.MacAddress, host.Address));
        using var list = await GetJsonAsync(sim, "/devices");
        var item = Assert.Single(list.RootElement.EnumerateArray());
        Assert.Equal(Mac, item.GetProperty("macAddress").GetString());
        Assert.Equal("10.5.50.23", item.GetProperty("address").GetString());
        Assert.False(item.GetProperty("authorized").GetBoolean());
    }

    [Theory]
    [InlineData("{\"mac\":\"AA:BB:CC:DD:EE\",\"ip\":\"10.5.50.23\"}", "mac", "is not a MAC address")]
    [InlineData("{\"mac\":\"AA:BB:CC:DD:EE:GG\",\"ip\":\"10.5.50.23\"}", "mac", "is not a MAC address")]
    [InlineData("{\"mac\":\"AA:BB-CC:DD:EE:FF\",\"ip\":\"10.5.50.23\"}", "mac", "is not a MAC address")]
    [InlineData("{\"ip\":\"10.5.50.23\"}", "mac", "'mac' is required")]
    [InlineData("{\"mac\":\"AA:BB:CC:DD:EE:FF\",\"ip\":\"10.5.50\"}", "ip", "is not an IPv4 address")]
    [InlineData("{\"mac\":\"AA:BB:CC:DD:EE:FF\",\"ip\":\"10.5.50.256\"}", "ip", "is not an IPv4 address")]
    [InlineData("{\"mac\":\"AA:BB:CC:DD:EE:FF\",\"ip\":\"fe80::1\"}", "ip", "is not an IPv4 address")]
    [InlineData("{\"mac\":\"AA:BB:CC:DD:EE:FF\"}", "ip", "'ip' is required")]
    public async Task PostDevices_BadMacOrIp_400ValidationProblemNamingTheField(string body, string field, string text)
    {
        await using var sim = await TestSimulator.StartAsync();

        using var response = await sim.Control.PostAsync("/devices", Json(body));

        await AssertProblemAsync(response, HttpStatusCode.BadRequest);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var messages = problem.RootElement.GetProperty("errors").GetProperty(field);
        Assert.Contains(text, messages[0].GetString(), StringComparison.Ordinal);
        Assert.Empty(sim.Router.Hosts());
    }

    [Fact]
    public async Task PostDevices_IpOfAnotherDevice_409ProblemAndFirstDeviceKept()
    {
        await using var sim = await TestSimulator.StartAsync();
        await sim.JoinAsync(Mac, "10.5.50.23");

        using var response = await sim.Control.PostAsJsonAsync("/devices", new { mac = "AA:BB:CC:DD:EE:77", ip = "10.5.50.23" });

        await AssertProblemAsync(response, HttpStatusCode.Conflict);
        Assert.Equal(Mac, Assert.Single(sim.Router.Hosts()).MacAddress);
    }

    [Fact]
    public async Task PostDevices_SameMacNewIp_201AndHostMoved()
    {
        await using var sim = await TestSimulator.StartAsync();
        await sim.JoinAsync(Mac, "10.5.50.23");

        await sim.JoinAsync(Mac, "10.5.50.40");

        Assert.Equal("10.5.50.40", Assert.Single(sim.Router.Hosts()).Address);
    }

    [Fact]
    public async Task PostDevices_InvalidJson_400Problem()
    {
        await using var sim = await TestSimulator.StartAsync();

        using var response = await sim.Control.PostAsync("/devices", Json("{ not json"));

        await AssertProblemAsync(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task DeleteDevices_KnownThenAgain_204Then404()
    {
        await using var sim = await TestSimulator.StartAsync();
        await sim.JoinAsync(Mac, "10.5.50.23");

        using var first = await sim.Control.DeleteAsync("/devices/aa:bb:cc:dd:ee:01");
        using var second = await sim.Control.DeleteAsync($"/devices/{Mac}");

        Assert.Equal(HttpStatusCode.NoContent, first.StatusCode);
        Assert.Empty(sim.Router.Hosts());
        await AssertProblemAsync(second, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task DeleteDevices_BadMac_400Problem()
    {
        await using var sim = await TestSimulator.StartAsync();

        using var response = await sim.Control.DeleteAsync("/devices/not-a-mac");

        await AssertProblemAsync(response, HttpStatusCode.BadRequest);
    }
}
