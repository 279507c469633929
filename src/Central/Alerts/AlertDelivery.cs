using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KimHotspot.Central.Alerts;

/// <summary>One message about an alert to one channel, retried with backoff until delivered or given up.</summary>
public sealed class AlertDelivery
{
    public long Id { get; set; }

    public long AlertId { get; set; }

    public Alert? Alert { get; set; }

    public AlertEvent Event { get; set; }

    public AlertChannelKind Channel { get; set; }

    /// <summary>The text to send (composed when the event happened).</summary>
    public required string Text { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public int Attempts { get; set; }

    /// <summary>When the next attempt is due.</summary>
    public DateTimeOffset NextAttemptAt { get; set; }

    public DateTimeOffset? DeliveredAt { get; set; }

    /// <summary>True after the last allowed attempt failed.</summary>
    public bool GaveUp { get; set; }

    public string? LastError { get; set; }
}

internal sealed class AlertDeliveryConfiguration : IEntityTypeConfiguration<AlertDelivery>
{
    public void Configure(EntityTypeBuilder<AlertDelivery> builder)
    {
        builder.Property(d => d.Text).HasMaxLength(2000);
        builder.Property(d => d.LastError).HasMaxLength(500);
        builder.HasIndex(d => new { d.DeliveredAt, d.GaveUp, d.NextAttemptAt });
    }
}
