using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace KimHotspot.RouterAgent.Tests.EndToEnd;

/// <summary>A stand-in for the Portal's <c>/health</c> on Kestrel (127.0.0.1, ephemeral port): 200, or 503 while unhealthy.</summary>
public sealed class PortalStub : IAsyncDisposable
{
    private readonly WebApplication _app;

    private PortalStub(WebApplication app) => _app = app;

    public bool Healthy { get; set; } = true;

    public Uri HealthUrl => new(new Uri(_app.Urls.First()), "/health");

    public static async Task<PortalStub> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var stub = new PortalStub(app);
        app.MapGet("/health", () => stub.Healthy ? Results.Ok() : Results.StatusCode(StatusCodes.Status503ServiceUnavailable));
        await app.StartAsync();
        return stub;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
