using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;

namespace KimHotspot.Central.Benchmarks;

/// <summary>What one ingest load phase achieved.</summary>
internal sealed record IngestLoadResult(long Batches, long AckedReports, double Seconds, IReadOnlyDictionary<int, long> Refusals, double P50Ms, double P99Ms)
{
    public double ReportsPerSecond => AckedReports / Seconds;

    public string Refused => Refusals.Count == 0 ? "none" : string.Join(", ", Refusals.Select(r => $"{r.Value}x{r.Key}"));
}

/// <summary>
/// The village side under load: <c>connections</c> workers, each building a batch for the next site (round robin over
/// all sites), signing it, posting it and waiting for the ack before the next. Counts the keys acknowledged by 200s.
/// </summary>
internal sealed class IngestLoad(HttpClient http, IReadOnlyList<BenchSite> sites, int batchSize)
{
    private long _next = -1;

    /// <summary>Total keys acknowledged by every phase so far (warm-up included).</summary>
    public long TotalAcked => Interlocked.Read(ref _totalAcked);

    private long _totalAcked;

    public async Task<IngestLoadResult> RunAsync(int connections, TimeSpan duration, CancellationToken cancellationToken)
    {
        var refusals = new ConcurrentDictionary<int, long>();
        var latencies = new ConcurrentBag<double[]>();
        long batches = 0, acked = 0;
        var clock = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, connections).Select(_ => Task.Run(async () =>
        {
            var mine = new List<double>();
            while (clock.Elapsed < duration && !cancellationToken.IsCancellationRequested)
            {
                var site = sites[(int)(Interlocked.Increment(ref _next) % sites.Count)];
                var body = AgentBatches.Json(AgentBatches.Build(site, batchSize, DateTimeOffset.UtcNow));
                using var request = AgentBatches.Request(site, body);
                long sent = Stopwatch.GetTimestamp();
                using var response = await http.SendAsync(request, cancellationToken);
                var answer = await response.Content.ReadAsByteArrayAsync(cancellationToken);
                mine.Add(Stopwatch.GetElapsedTime(sent).TotalMilliseconds);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    int keys = AgentBatches.Acknowledged(answer);
                    Interlocked.Increment(ref batches);
                    Interlocked.Add(ref acked, keys);
                    Interlocked.Add(ref _totalAcked, keys);
                }
                else
                {
                    refusals.AddOrUpdate((int)response.StatusCode, 1, (_, n) => n + 1);
                }
            }

            latencies.Add([.. mine]);
        }, cancellationToken)).ToList();
        await Task.WhenAll(workers);
        double seconds = clock.Elapsed.TotalSeconds;
        var all = latencies.SelectMany(l => l).ToList();
        return new IngestLoadResult(batches, acked, seconds, refusals.ToDictionary(), Stats.Percentile(all, 0.5), Stats.Percentile(all, 0.99));
    }
}
