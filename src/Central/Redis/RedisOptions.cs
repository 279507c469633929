using System.ComponentModel.DataAnnotations;

namespace KimHotspot.Central.Redis;

/// <summary>
/// Section <c>Central:Redis</c>: how a node uses Redis when <c>ConnectionStrings:Redis</c> is set. The node's name is
/// <c>Central:NodeName</c> (default: machine name and process id).
/// </summary>
public sealed class RedisOptions
{
    public const string Section = "Central:Redis";

    /// <summary>This node's consumer name in the ingest group and its leader-lock value.</summary>
    [Required, MaxLength(128)]
    public string NodeName { get; set; } = DefaultNodeName();

    /// <summary>Whether this node stores entries of the ingest stream (false: an ingest-only node).</summary>
    public bool Consume { get; set; } = true;

    /// <summary>Stream entries read at once.</summary>
    [Range(1, 1000)]
    public int ReadCount { get; set; } = 32;

    /// <summary>How often an idle consumer looks for new entries (a batch taken by this node wakes it at once).</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:01:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>An entry delivered to a consumer and not acknowledged for this long is taken over (a dead node's).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan ClaimIdle { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Longest wait between attempts while Redis or the database fails.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:10:00")]
    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The <c>Retry-After</c> given to agents while Redis cannot take their batches.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan RetryAfter { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long the leader lock lives without renewal (renewed every third of it).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan LeaderLease { get; set; } = TimeSpan.FromSeconds(30);

    public static string DefaultNodeName() => $"{Environment.MachineName}-{Environment.ProcessId}";
}
