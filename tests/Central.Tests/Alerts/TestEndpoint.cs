using System.Threading.Channels;
using KimHotspot.TestKit.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace KimHotspot.Central.Tests.Alerts;

/// <summary>A request the test endpoint received.</summary>
internal sealed record Received(string Path, IReadOnlyDictionary<string, string> Headers, byte[] Body);

/// <summary>
/// A real Kestrel server on 127.0.0.1 with an ephemeral port, standing in for a webhook receiver or Telegram's Bot API.
/// Each request is recorded; <c>answer</c> decides the response from the request's number (1-based).
/// </summary>
internal sealed class TestEndpoint : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _count;

    private TestEndpoint(WebApplication app) => _app = app;

    public Channel<Received> Requests { get; } = Channel.CreateUnbounded<Received>();

    public Uri BaseUrl { get; private set; } = null!;

    public static async Task<TestEndpoint> StartAsync(Func<int, Received, IResult> answer)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var endpoint = new TestEndpoint(app);
        app.Run(async context =>
        {
            using var body = new MemoryStream();
            await context.Request.Body.CopyToAsync(body);
            var received = new Received(
                context.Request.Path.Value ?? "",
                context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase),
                body.ToArray());
            await endpoint.Requests.Writer.WriteAsync(received);
            await answer(Interlocked.Increment(ref endpoint._count), received).ExecuteAsync(context);
        });
        await app.StartAsync();
        endpoint.BaseUrl = ListeningAddress.Of(app.Services);
        return endpoint;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
