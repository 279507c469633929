using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json;
using KimHotspot.Contracts;
using KimHotspot.Contracts.Messages;
using KimHotspot.Contracts.Signing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace KimHotspot.RouterAgent.Tests.Upload;

public enum ReceiverMode { Normal, Throttle, Fail, Slow }

/// <summary>
/// A minimal Central on Kestrel (127.0.0.1, ephemeral port): verifies the site signature, stores reports once by
/// (siteId, bootId, seq), acknowledges them. Switchable to down (stopped: connection refused), 429, 500 and slow.
/// </summary>
public sealed class TestReceiver : IAsyncDisposable
{
    public const string SiteId = "71.74.01.2001";
    public static readonly byte[] Key = Encoding.UTF8.GetBytes("village-key-0123456789abcdef0123");

    private readonly TimeProvider _time;
    private readonly InMemoryNonceStore _nonces = new();
    private WebApplication? _app;
    private int _port;

    private TestReceiver(TimeProvider time) => _time = time;

    public ConcurrentDictionary<(string Site, Guid Boot, long Seq), Report> Stored { get; } = new();

    public ConcurrentQueue<VerifyResult> Verdicts { get; } = new();

    public int Deliveries => _deliveries;

    public ReceiverMode Mode { get; set; }

    public int RetryAfterSeconds { get; set; } = 120;

    /// <summary>Slow mode: completed when a request has arrived (and was stored); the answer waits for <see cref="ReleaseSlow"/>.</summary>
    public TaskCompletionSource SlowRequestArrived { get; private set; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private TaskCompletionSource _slowGate = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _deliveries;

    public Uri Url => new($"http://127.0.0.1:{_port}/");

    public static async Task<TestReceiver> StartAsync(TimeProvider time)
    {
        var receiver = new TestReceiver(time);
        await receiver.UpAsync();
        return receiver;
    }

    public void ReleaseSlow() => _slowGate.TrySetResult();

    /// <summary>Stops Kestrel: uploads now get connection refused.</summary>
    public async Task DownAsync()
    {
        if (_app is { } app)
        {
            _app = null;
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }

    /// <summary>Starts (again) on the same port when it had one.</summary>
    public async Task UpAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{_port}");
        var app = builder.Build();
        app.MapPost("/api/v1/reports", (Delegate)HandleAsync);
        await app.StartAsync();
        _port = new Uri(app.Urls.First()).Port;
        _app = app;
    }

    public async ValueTask DisposeAsync()
    {
        ReleaseSlow();
        await DownAsync();
    }

    private async Task<IResult> HandleAsync(HttpContext context)
    {
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer, context.RequestAborted);
        var body = buffer.ToArray();
        var headers = SignedHeaders.FromLookup(name => context.Request.Headers[name].FirstOrDefault());
        var now = _time.GetUtcNow();
        var verdict = await SiteSignature.VerifyAsync(
            context.Request.Method, context.Request.Path + context.Request.QueryString, body, headers,
            site => site == SiteId ? Key : null, now, TimeSpan.FromMinutes(5), _nonces, context.RequestAborted);
        Verdicts.Enqueue(verdict);
        if (verdict != VerifyResult.Ok)
        {
            context.Response.Headers.Date = now.ToString("R");
            return Results.Unauthorized();
        }

        switch (Mode)
        {
            case ReceiverMode.Throttle:
                context.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
                return Results.StatusCode((int)HttpStatusCode.TooManyRequests);
            case ReceiverMode.Fail:
                return Results.StatusCode(500);
        }

        var batch = JsonSerializer.Deserialize(body, ContractsJson.Default.ReportBatch)!;
        if (batch.SiteId != headers!.SiteId || batch.Reports.Any(r => r.SiteId != batch.SiteId))
        {
            return Results.BadRequest();
        }

        Interlocked.Add(ref _deliveries, batch.Reports.Count);
        foreach (var report in batch.Reports)
        {
            Stored.TryAdd((report.SiteId, report.BootId, report.Seq), report);
        }

        if (Mode == ReceiverMode.Slow)
        {
            SlowRequestArrived.TrySetResult();
            await _slowGate.Task.WaitAsync(context.RequestAborted);
        }

        var ack = new BatchAck([.. batch.Reports.Select(r => r.Key)], now);
        return Results.Bytes(JsonSerializer.SerializeToUtf8Bytes(ack, ContractsJson.Default.BatchAck), "application/json");
    }
}
