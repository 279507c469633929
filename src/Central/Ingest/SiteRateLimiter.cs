using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace KimHotspot.Central.Ingest;

/// <summary>
/// A token bucket per site (on the injected clock): a village replaying a long backlog is slowed to its refill rate
/// and told when to come back, while every other site keeps its own full bucket. Only verified sites get a bucket,
/// so the table is bounded by the registry.
/// </summary>
public sealed class SiteRateLimiter(IOptions<IngestOptions> options, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, Bucket> _buckets = new(StringComparer.Ordinal);

    /// <summary>Takes one token for <paramref name="siteId"/>; null when granted, else how long until one is free.</summary>
    public TimeSpan? TryAcquire(string siteId)
    {
        var o = options.Value;
        var perTick = o.SiteBatchesPerMinute / TimeSpan.TicksPerMinute;
        var now = time.GetTimestamp();
        var bucket = _buckets.GetOrAdd(siteId, static (_, state) => new Bucket(state.Burst, state.Now), (Burst: o.SiteBurst, Now: now));
        lock (bucket)
        {
            var elapsed = time.GetElapsedTime(bucket.At, now).Ticks;
            bucket.Tokens = Math.Min(o.SiteBurst, bucket.Tokens + (Math.Max(elapsed, 0) * perTick));
            bucket.At = now;
            if (bucket.Tokens >= 1)
            {
                bucket.Tokens -= 1;
                return null;
            }

            var wait = TimeSpan.FromTicks((long)Math.Ceiling((1 - bucket.Tokens) / perTick));
            return wait < TimeSpan.FromSeconds(1) ? TimeSpan.FromSeconds(1) : wait;
        }
    }

    private sealed class Bucket(double tokens, long at)
    {
        public double Tokens { get; set; } = tokens;

        public long At { get; set; } = at;
    }
}
