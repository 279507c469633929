using System.ComponentModel.DataAnnotations;

namespace KimHotspot.RouterAgent.Outbox;

/// <summary>Section <c>Outbox</c>: where reports wait for Central, and how much may wait.</summary>
public sealed class OutboxOptions
{
    public const string Section = "Outbox";

    /// <summary>Folder holding <c>outbox.db</c>; created when missing.</summary>
    [Required]
    public string Directory { get; set; } = "data";

    /// <summary>Budget for stored rows (see <see cref="OutboxStats.StoredBytes"/>); default 64 MiB.</summary>
    [Range(4096, long.MaxValue)]
    public long MaxBytes { get; set; } = 64L * 1024 * 1024;

    /// <summary>Detail older than this is rolled up, or dropped when it cannot be; summaries stay. Default 30 days.</summary>
    [TimeRange("01:00:00", "3650.00:00:00")]
    public TimeSpan MaxAge { get; set; } = TimeSpan.FromDays(30);

    /// <summary>Full path of the outbox file.</summary>
    public string FilePath => Path.Combine(Directory, "outbox.db");
}
