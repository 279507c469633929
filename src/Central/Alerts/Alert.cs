using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KimHotspot.Central.Alerts;

/// <summary>One alert in the alert log: opened when its condition held long enough, closed when it cleared.</summary>
public sealed class Alert
{
    public long Id { get; set; }

    public required string SiteId { get; set; }

    public AlertKind Kind { get; set; }

    public AlertSeverity Severity { get; set; }

    public DateTimeOffset OpenedAt { get; set; }

    /// <summary>Null while the alert is open.</summary>
    public DateTimeOffset? ClosedAt { get; set; }

    /// <summary>The text sent when it opened (in the configured language).</summary>
    public required string Message { get; set; }

    /// <summary>How often the condition cleared and came back while the alert was open.</summary>
    public int FlapCount { get; set; }

    public List<AlertDelivery> Deliveries { get; set; } = [];
}

internal sealed class AlertConfiguration : IEntityTypeConfiguration<Alert>
{
    public void Configure(EntityTypeBuilder<Alert> builder)
    {
        builder.Property(a => a.SiteId).HasMaxLength(64);
        builder.Property(a => a.Message).HasMaxLength(1000);
        builder.HasIndex(a => new { a.SiteId, a.OpenedAt });
        builder.HasIndex(a => a.ClosedAt);
        builder.HasMany(a => a.Deliveries).WithOne(d => d.Alert).HasForeignKey(d => d.AlertId);
    }
}
