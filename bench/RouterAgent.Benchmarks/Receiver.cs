using System.Text.Json;
using KimHotspot.Contracts;
using KimHotspot.Contracts.Messages;
using KimHotspot.Contracts.Signing;

namespace KimHotspot.RouterAgent.Benchmarks;

/// <summary>
/// A minimal Central in its own process (child mode <c>receiver</c>): Kestrel on 127.0.0.1, verifies each batch's
/// site signature, keeps every report key once and acknowledges the batch. <c>GET /stats</c> says what arrived;
/// <c>GET /health</c> stands in for the Portal's health page in the memory-hour run.
/// </summary>
internal static class Receiver
{
    public static async Task<int> RunAsync(TimeSpan maxSkew, CancellationToken ct)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var nonces = new InMemoryNonceStore();
        var stored = new HashSet<(Guid, long)>();
        long deliveries = 0, rejected = 0;
        app.MapGet("/health", () => Results.Text("Healthy"));
        app.MapGet("/stats", () =>
        {
            lock (stored)
            {
                return Results.Text($"distinct={stored.Count} deliveries={deliveries} rejected={rejected}");
            }
        });
        app.MapPost("/api/v1/reports", async (HttpContext context) =>
        {
            using var buffer = new MemoryStream();
            await context.Request.Body.CopyToAsync(buffer, context.RequestAborted);
            var body = buffer.ToArray();
            var headers = SignedHeaders.FromLookup(name => context.Request.Headers[name].FirstOrDefault());
            var now = DateTimeOffset.UtcNow;
            var verdict = await SiteSignature.VerifyAsync(
                context.Request.Method, context.Request.Path + context.Request.QueryString, body, headers,
                site => site == BenchSite.Id ? BenchSite.Key : null, now, maxSkew, nonces, context.RequestAborted);
            var batch = verdict == VerifyResult.Ok ? JsonSerializer.Deserialize(body, ContractsJson.Default.ReportBatch) : null;
            if (batch is null || batch.SiteId != BenchSite.Id)
            {
                Interlocked.Increment(ref rejected);
                context.Response.Headers.Date = now.ToString("R");
                return Results.Unauthorized();
            }

            lock (stored)
            {
                deliveries += batch.Reports.Count;
                foreach (var r in batch.Reports)
                {
                    stored.Add((r.BootId, r.Seq));
                }
            }

            var ack = new BatchAck([.. batch.Reports.Select(r => r.Key)], now);
            return Results.Bytes(JsonSerializer.SerializeToUtf8Bytes(ack, ContractsJson.Default.BatchAck), "application/json");
        });
        await app.StartAsync(ct);
        Console.WriteLine("URL " + app.Urls.First());
        try
        {
            await Task.Delay(Timeout.Infinite, ct);
        }
        catch (OperationCanceledException)
        {
            // stopped by the parent
        }

        await app.StopAsync(CancellationToken.None);
        return 0;
    }

    /// <summary>Starts a receiver child and returns it with its base URL.</summary>
    public static async Task<(ChildProcess Child, Uri Url)> StartAsync(TimeSpan maxSkew, CancellationToken ct)
    {
        var child = ChildProcess.Start("receiver", ["--max-skew-minutes", ((int)maxSkew.TotalMinutes).ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        var url = new Uri(await child.UrlAsync(ct));
        return (child, url);
    }

    public static async Task<string> StatsAsync(Uri url, CancellationToken ct)
    {
        using var http = new HttpClient();
        return await http.GetStringAsync(new Uri(url, "stats"), ct);
    }
}
