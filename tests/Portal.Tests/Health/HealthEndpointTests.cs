using System.Net;
using System.Text.Json;
using KimHotspot.Portal.Tests.PortalFixture;

namespace KimHotspot.Portal.Tests.Health;

public sealed class HealthEndpointTests
{
    [Fact]
    public async Task Health_DatabaseReadable_OkWithRouterState()
    {
        await using var app = await PortalApp.StartAsync();
        using var client = app.Client();

        using var response = await client.GetAsync("/health");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("ok", json.RootElement.GetProperty("status").GetString());
        Assert.Equal("ok", json.RootElement.GetProperty("database").GetString());
        Assert.False(string.IsNullOrEmpty(json.RootElement.GetProperty("router").GetString()));
    }

    [Fact]
    public async Task Health_DatabaseFileGone_ServiceUnavailable()
    {
        await using var app = await PortalApp.StartAsync();
        using var client = app.Client();
        using (var first = await client.GetAsync("/health"))
        {
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        }

        // The data folder disappears (a USB stick pulled): the next check must say so, not answer from memory.
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(app.DataDirectory, recursive: true);

        using var response = await client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains("\"database\":\"unreachable\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
