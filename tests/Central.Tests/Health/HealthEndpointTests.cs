using System.Net;
using System.Text.Json;
using KimHotspot.Central.Tests.CentralFixture;
using Microsoft.EntityFrameworkCore;

namespace KimHotspot.Central.Tests.Health;

/// <summary><c>/health</c> without signing in: 200 while the database answers, 503 once it no longer does.</summary>
public sealed class HealthEndpointTests
{
    [Fact]
    public async Task Health_DatabaseAnswers_OkWithoutSignIn()
    {
        await using var app = CentralApp.Create();
        using var client = app.Client();

        using var response = await client.GetAsync(new Uri("/health", UriKind.Relative));
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("ok", body.RootElement.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Health_SitesTableGone_ServiceUnavailable()
    {
        await using var app = CentralApp.Create();
        using var client = app.Client();
        await app.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("ALTER TABLE Sites RENAME TO SitesGone"));

        using var response = await client.GetAsync(new Uri("/health", UriKind.Relative));
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("failing", body.RootElement.GetProperty("status").GetString());
    }
}
