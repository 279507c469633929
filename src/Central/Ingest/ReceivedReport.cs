using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KimHotspot.Central.Ingest;

/// <summary>
/// A report Central has stored, keyed by its idempotency key <c>(SiteId, BootId, Seq)</c>: the dedupe record, with
/// the time Central placed it at. Kept as long as minute detail (at least a week), which covers every ack an agent
/// can have missed.
/// </summary>
public sealed class ReceivedReport
{
    public required string SiteId { get; set; }

    public Guid BootId { get; set; }

    public long Seq { get; set; }

    /// <summary>The body's <c>kind</c>.</summary>
    public required string Kind { get; set; }

    /// <summary>The agent's <c>sampledAt</c> as sent.</summary>
    public DateTimeOffset SampledAt { get; set; }

    /// <summary>When the sample happened as Central placed it (see <see cref="ClockCorrection"/>).</summary>
    public DateTimeOffset EffectiveAt { get; set; }

    /// <summary>Whether <see cref="EffectiveAt"/> differs from the agent's own time (clock not trusted).</summary>
    public bool Retimed { get; set; }

    public DateTimeOffset ReceivedAt { get; set; }
}

internal sealed class ReceivedReportConfiguration : IEntityTypeConfiguration<ReceivedReport>
{
    public void Configure(EntityTypeBuilder<ReceivedReport> builder)
    {
        builder.HasKey(r => new { r.SiteId, r.BootId, r.Seq });
        builder.Property(r => r.SiteId).HasMaxLength(64);
        builder.Property(r => r.Kind).HasMaxLength(32);
        builder.HasIndex(r => r.ReceivedAt);
    }
}
