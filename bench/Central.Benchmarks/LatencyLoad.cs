using System.Diagnostics;
using System.Net;

namespace KimHotspot.Central.Benchmarks;

/// <summary>What one GET phase measured: latencies of whole responses (headers and body read).</summary>
internal sealed record LatencyResult(string Path, int Requests, int Failures, double Seconds, double P50Ms, double P90Ms, double P99Ms, double MaxMs, long Bytes)
{
    public double RequestsPerSecond => Requests / Seconds;
}

/// <summary><c>clients</c> workers GETting one path back to back for a fixed time, each timing its requests.</summary>
internal static class LatencyLoad
{
    public static async Task<LatencyResult> RunAsync(HttpClient http, string path, int clients, TimeSpan duration, CancellationToken cancellationToken)
    {
        var uri = new Uri(path, UriKind.Relative);
        var clock = Stopwatch.StartNew();
        int failures = 0;
        long bytes = 0;
        var perWorker = await Task.WhenAll(Enumerable.Range(0, clients).Select(_ => Task.Run(async () =>
        {
            var mine = new List<double>();
            while (clock.Elapsed < duration && !cancellationToken.IsCancellationRequested)
            {
                long sent = Stopwatch.GetTimestamp();
                using var response = await http.GetAsync(uri, cancellationToken);
                var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
                mine.Add(Stopwatch.GetElapsedTime(sent).TotalMilliseconds);
                Interlocked.Exchange(ref bytes, body.Length);
                if (response.StatusCode != HttpStatusCode.OK)
                {
                    Interlocked.Increment(ref failures);
                }
            }

            return mine;
        }, cancellationToken)));
        double seconds = clock.Elapsed.TotalSeconds;
        var all = perWorker.SelectMany(l => l).ToList();
        return new LatencyResult(path, all.Count, failures, seconds, Stats.Percentile(all, 0.5), Stats.Percentile(all, 0.9),
            Stats.Percentile(all, 0.99), all.Count == 0 ? double.NaN : all.Max(), bytes);
    }
}
