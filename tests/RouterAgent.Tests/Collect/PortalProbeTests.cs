using KimHotspot.Contracts.Messages;
using KimHotspot.RouterAgent.Collect;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace KimHotspot.RouterAgent.Tests.Collect;

public sealed class PortalProbeTests
{
    private static async Task<WebApplication> PortalAsync(int status, TaskCompletionSource? hold = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        app.MapGet("/health", async (HttpContext context) =>
        {
            if (hold is not null)
            {
                await hold.Task.WaitAsync(context.RequestAborted);
            }

            return Results.StatusCode(status);
        });
        await app.StartAsync();
        return app;
    }

    private static PortalProbe Probe(WebApplication app, TimeSpan timeout) =>
        new(new HttpClient(), new Uri(app.Urls.First() + "/health"), timeout, TimeProvider.System);

    [Theory]
    [InlineData(200)]
    [InlineData(503)]
    public async Task ProbeAsync_PortalAnswers_ReachableWithItsStatus(int status)
    {
        await using var app = await PortalAsync(status);

        var health = await Probe(app, TimeSpan.FromSeconds(30)).ProbeAsync();

        Assert.True(health.Reachable);
        Assert.Equal(status, health.StatusCode);
        Assert.InRange(health.ResponseMs!.Value, 0, 30_000);
    }

    [Fact]
    public async Task ProbeAsync_PortalHangs_UnreachableAfterTimeout()
    {
        var hold = new TaskCompletionSource();
        await using var app = await PortalAsync(200, hold);

        var health = await Probe(app, TimeSpan.FromSeconds(1)).ProbeAsync();
        hold.SetResult();

        Assert.Equal(new PortalHealth(false, null, null), health);
    }

    [Fact]
    public async Task ProbeAsync_CallerCancels_Throws()
    {
        await using var app = await PortalAsync(200, new TaskCompletionSource());
        using var cts = new CancellationTokenSource();
        var probing = Probe(app, TimeSpan.FromMinutes(5)).ProbeAsync(cts.Token);
        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => probing);
    }
}
