using System.Diagnostics;
using KimHotspot.Central.Metrics;
using KimHotspot.Central.Proxy;
using KimHotspot.Central.Tests.CentralFixture;
using KimHotspot.Central.Tests.Proxy;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Trace;

namespace KimHotspot.Central.Tests.Metrics;

/// <summary>OpenTelemetry traces: off without an endpoint, exported over OTLP with one.</summary>
public sealed class TracingTests
{
    [Fact]
    public async Task Tracing_NoEndpoint_NoTracerRegistered()
    {
        await using var app = CentralApp.Create();

        Assert.Null(app.Services.GetService<TracerProvider>());
    }

    [Fact]
    public async Task Tracing_HttpEndpoint_RequestSpansExported()
    {
        var export = new TaskCompletionSource<(string? ContentType, long Bytes)>(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var collector = await LoopbackServer.StartAsync(server => server.MapPost("/v1/traces", async (HttpRequest request) =>
        {
            using var body = new MemoryStream();
            await request.Body.CopyToAsync(body);
            export.TrySetResult((request.ContentType, body.Length));
            return Results.Ok();
        }));
        await using var central = CentralApp.Create();
        // Tracing is decided while services are registered: host settings are seen by then, the fixture's are not.
        var app = central.WithWebHostBuilder(b => b
            .UseSetting("OpenTelemetry:Endpoint", collector.Url)
            .UseSetting("OpenTelemetry:Protocol", "http/protobuf"));
        await using (app)
        {
            Assert.NotNull(app.Services.GetService<TracerProvider>());
            using var client = app.CreateClient();
            using var response = await client.GetAsync(new Uri("/masuk", UriKind.Relative));
            Assert.True(response.IsSuccessStatusCode);
        }

        // Disposing Central flushed the batch exporter to the collector's /v1/traces.
        var (contentType, bytes) = await export.Task.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal("application/x-protobuf", contentType);
        Assert.True(bytes > 0);
    }

    [Fact]
    public async Task Source_GatewayRefresh_StartsActivityForListeners()
    {
        var stopped = new TaskCompletionSource<Activity>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == CentralTelemetry.SourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = a =>
            {
                if (a.OperationName == "gateway.refresh")
                {
                    stopped.TrySetResult(a);
                }
            },
        };
        ActivitySource.AddActivityListener(listener);
        await using var app = CentralApp.Create();

        app.Services.GetRequiredService<RegistryChanges>().Notify();
        var activity = await stopped.Task.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.IsType<int>(activity.GetTagItem("kim.gateway.sites"));
        Assert.Equal(ActivityStatusCode.Unset, activity.Status);
    }
}
