using System.ComponentModel.DataAnnotations;

namespace KimHotspot.Central.Ingest;

/// <summary>Section <c>Central:Ingest</c>: limits of <c>POST /api/v1/reports</c>.</summary>
public sealed class IngestOptions
{
    public const string Section = "Central:Ingest";

    /// <summary>Largest accepted body (bytes); larger is answered 413.</summary>
    [Range(1024, 64 * 1024 * 1024)]
    public int MaxBodyBytes { get; set; } = 2 * 1024 * 1024;

    /// <summary>Largest distance between the signature timestamp and Central's clock.</summary>
    [Range(typeof(TimeSpan), "00:00:10", "01:00:00")]
    public TimeSpan MaxSkew { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>A site whose clock offset is within this is trusted when its agent says the clock is synced.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan ClockTolerance { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Per-site token bucket: batches a site may send in a burst.</summary>
    [Range(1, 100_000)]
    public int SiteBurst { get; set; } = 30;

    /// <summary>Per-site token bucket: batches per minute refilled (an agent sends about one).</summary>
    [Range(0.001, 100_000)]
    public double SiteBatchesPerMinute { get; set; } = 20;

    /// <summary>Batches being written at once, across all sites; more are answered 429.</summary>
    [Range(1, 1024)]
    public int MaxConcurrentWrites { get; set; } = 4;

    /// <summary>How long a batch may wait for a write slot before it is answered 429 (zero: refuse at once).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan WriteQueueWait { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>The Retry-After given when all write slots are busy or the store failed.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan BusyRetryAfter { get; set; } = TimeSpan.FromSeconds(15);
}
