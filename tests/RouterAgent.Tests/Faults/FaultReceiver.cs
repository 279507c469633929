using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using KimHotspot.Contracts;
using KimHotspot.Contracts.Messages;
using KimHotspot.Contracts.Signing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace KimHotspot.RouterAgent.Tests.Faults;

/// <summary>
/// A Central for the kill test on Kestrel (127.0.0.1, ephemeral port, real clock). Each upload: verify the signature,
/// announce the arrival, wait a random time, store every report once by key (a repeat must have the same content),
/// wait another random time, then acknowledge. The waits are not cancelled when the agent dies: like Central's durable
/// write, the store goes on without the client, so a kill can land before the store, between store and acknowledgement,
/// or after. Also answers <c>GET /health</c> as the village Portal.
/// </summary>
public sealed partial class FaultReceiver : IAsyncDisposable
{
    public const string SiteId = "71.74.01.2099";
    public const string Key = "kill-test-key-0123456789abcdef01";

    private readonly InMemoryNonceStore _nonces = new();
    private readonly Random _random;
    private readonly WebApplication _app;
    private readonly List<(Func<Report, bool> Match, TaskCompletionSource<Report> Done)> _waiters = [];
    private int _requests;
    private int _deliveries;
    private int _duplicates;

    private FaultReceiver(WebApplication app, int seed)
    {
        (_app, _random) = (app, new Random(seed));
        app.MapPost("/api/v1/reports", (Delegate)HandleAsync);
        app.MapGet("/health", () => TypedResults.Text("healthy"));
    }

    /// <summary>First content of every stored report (contract JSON with the age removed), by (boot, seq).</summary>
    public ConcurrentDictionary<(Guid Boot, long Seq), byte[]> Stored { get; } = new();

    /// <summary>Every upload that passed the signature check, in arrival order.</summary>
    public Channel<Arrival> Arrivals { get; } = Channel.CreateUnbounded<Arrival>();

    /// <summary>What a correct agent never does: bad signatures, foreign sites, changed content of a repeated report.</summary>
    public ConcurrentQueue<string> Problems { get; } = new();

    /// <summary>Longest random wait before the store, and before the acknowledgement (zero = answer at once).</summary>
    public TimeSpan MaxBeforeStore { get; set; } = TimeSpan.FromMilliseconds(60);

    public TimeSpan MaxBeforeAck { get; set; } = TimeSpan.FromMilliseconds(150);

    public int Requests => _requests;

    /// <summary>Reports received, repeats included.</summary>
    public int Deliveries => _deliveries;

    /// <summary>Reports received again after they were already stored.</summary>
    public int Duplicates => _duplicates;

    public Uri Url => new(_app.Urls.First() + "/");

    public static async Task<FaultReceiver> StartAsync(int seed)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var receiver = new FaultReceiver(builder.Build(), seed);
        await receiver._app.StartAsync();
        return receiver;
    }

    /// <summary>Completes with the first report stored from now on that matches.</summary>
    public Task<Report> WaitForReportAsync(Func<Report, bool> match)
    {
        var done = new TaskCompletionSource<Report>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_waiters)
        {
            _waiters.Add((match, done));
        }

        return done.Task;
    }

    public async ValueTask DisposeAsync()
    {
        Arrivals.Writer.TryComplete();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task<IResult> HandleAsync(HttpContext context)
    {
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer, context.RequestAborted);
        var body = buffer.ToArray();
        var headers = SignedHeaders.FromLookup(name => context.Request.Headers[name].FirstOrDefault());
        var verdict = await SiteSignature.VerifyAsync(
            context.Request.Method, context.Request.Path + context.Request.QueryString, body, headers,
            site => site == SiteId ? Encoding.UTF8.GetBytes(Key) : null,
            DateTimeOffset.UtcNow, TimeSpan.FromMinutes(5), _nonces);
        var batch = verdict == VerifyResult.Ok ? JsonSerializer.Deserialize(body, ContractsJson.Default.ReportBatch) : null;
        if (batch is null || batch.SiteId != SiteId || batch.Reports.Any(r => r.SiteId != SiteId))
        {
            Problems.Enqueue($"upload refused: {verdict}, site {batch?.SiteId}");
            return TypedResults.Unauthorized();
        }

        var arrival = NewArrival(batch);
        Arrivals.Writer.TryWrite(arrival);
        // Not cancelled by the agent going away: Central finishes what it started.
        await Task.Delay(arrival.BeforeStore, TimeProvider.System, CancellationToken.None);
        Store(batch.Reports);
        arrival.Stage = UploadStage.Stored;
        await Task.Delay(arrival.BeforeAck, TimeProvider.System, CancellationToken.None);
        arrival.Stage = UploadStage.Answered;
        var ack = new BatchAck([.. batch.Reports.Select(r => r.Key)], DateTimeOffset.UtcNow);
        return TypedResults.Bytes(JsonSerializer.SerializeToUtf8Bytes(ack, ContractsJson.Default.BatchAck), "application/json");
    }
}
