using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Security.Cryptography;
using KimHotspot.Central.Data;
using StackExchange.Redis;

namespace KimHotspot.Central.Benchmarks;

/// <summary>
/// The Redis work Central does per batch, done by a bare StackExchange.Redis loop with the same number of workers
/// (each waits for its batch's commands before the next), on keys of its own (<c>bench:…</c>) in the same redis-server.
/// <list type="bullet">
/// <item><c>ack</c>: what happens before the agent gets its ack: <c>SET nonce 1 PX 600000 NX</c> (RedisNonceStore), then
/// <c>XADD</c> of the four fields RedisReportSink writes, with a batch JSON of the same size.</item>
/// <item><c>all</c>: the ack path, then what the consumer adds per entry: <c>HGETALL</c> of the site's hash (ReportStore
/// reads the site's offset), the live-state merge script of RedisLiveState itself (read from Central's assembly),
/// <c>XACK</c> + <c>XDEL</c>. (The consumer's <c>XREADGROUP</c> reads 32 entries a call and is left out.)</item>
/// </list>
/// </summary>
internal static class BareRedisLoop
{
    private const string Stream = "bench:ingest";
    private const string Group = "bench";

    public static async Task<IngestLoadResult> RunAsync(
        IConnectionMultiplexer redis, bool all, IReadOnlyList<BenchSite> sites, byte[] batchJson, int reportsPerBatch, int workers,
        TimeSpan duration, CancellationToken cancellationToken)
    {
        var db = redis.GetDatabase();
        try
        {
            await db.StreamCreateConsumerGroupAsync(Stream, Group, "$", createStream: true);
        }
        catch (RedisServerException e) when (e.Message.Contains("BUSYGROUP", StringComparison.Ordinal))
        {
            // From an earlier phase.
        }

        string script = MergeScript();
        long batches = 0, next = -1;
        var latencies = new List<double>[workers];
        var clock = Stopwatch.StartNew();
        var tasks = Enumerable.Range(0, workers).Select(w => Task.Run(async () =>
        {
            var mine = latencies[w] = [];
            while (clock.Elapsed < duration && !cancellationToken.IsCancellationRequested)
            {
                var site = sites[(int)(Interlocked.Increment(ref next) % sites.Count)];
                long started = Stopwatch.GetTimestamp();
                var now = DateTimeOffset.UtcNow;
                string nonce = Convert.ToBase64String(RandomNumberGenerator.GetBytes(16));
                await db.StringSetAsync($"bench:nonce:{site.Id}:{nonce}", 1, TimeSpan.FromMinutes(10), When.NotExists);
                var id = await db.StreamAddAsync(Stream,
                [
                    new("site", site.Id), new("received", now.UtcTicks), new("signed", now.UtcTicks), new("batch", batchJson),
                ]);
                if (all)
                {
                    RedisKey hash = "bench:site:" + site.Id;
                    await db.HashGetAllAsync(hash);
                    await db.ScriptEvaluateAsync(script, [hash, "bench:lastseen"], MergeArguments(site.Id, now));
                    await Task.WhenAll(db.StreamAcknowledgeAsync(Stream, Group, id), db.StreamDeleteAsync(Stream, [id]));
                }

                mine.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                Interlocked.Increment(ref batches);
            }
        }, cancellationToken)).ToList();
        await Task.WhenAll(tasks);
        double seconds = clock.Elapsed.TotalSeconds;
        var lat = latencies.SelectMany(l => l).ToList();
        return new IngestLoadResult(batches, batches * reportsPerBatch, seconds, new Dictionary<int, long>(),
            Stats.Percentile(lat, 0.5), Stats.Percentile(lat, 0.99));
    }

    /// <summary>The merge script Central runs (a private constant of RedisLiveState), so both loops run the same Lua.</summary>
    private static string MergeScript()
    {
        var type = typeof(CentralDb).Assembly.GetType("KimHotspot.Central.Redis.RedisLiveState", throwOnError: true)!;
        var field = type.GetField("MergeScript", BindingFlags.NonPublic | BindingFlags.Static)
            ?? throw new InvalidOperationException("RedisLiveState.MergeScript not found");
        return (string)field.GetRawConstantValue()!;
    }

    /// <summary>Arguments as RedisLiveState passes them for a batch of the four detail kinds (LiveFields' names).</summary>
    private static RedisValue[] MergeArguments(string siteId, DateTimeOffset now)
    {
        string ticks = now.UtcTicks.ToString("D19", CultureInfo.InvariantCulture);
        return
        [
            siteId, ticks, ticks, "", now.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture),
            "router", "1", "uptime", "86400", "cpu", "17", "memFree", "419000000", "memTotal", "1073741824",
            "users", "9", "portal", "1", "outbox", "0", "dropped", "0", "offset", "120",
        ];
    }
}
