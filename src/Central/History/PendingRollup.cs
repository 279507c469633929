using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KimHotspot.Central.History;

/// <summary>What a roll-up covers.</summary>
public enum RollupLevel
{
    /// <summary>A UTC hour, rebuilt from its minute rows.</summary>
    Hour = 1,

    /// <summary>A site-local day, rebuilt from its hour rows.</summary>
    Day = 2,
}

/// <summary>
/// An hour or day whose roll-up is out of date because ingest changed its detail (written in the same transaction as
/// the detail). The roller rebuilds it once it is complete and deletes this row: a rebuild replaces, never adds, so a
/// second run changes nothing.
/// </summary>
public sealed class PendingRollup
{
    public required string SiteId { get; set; }

    public RollupLevel Level { get; set; }

    /// <summary>Start of the hour or of the site-local day (UTC).</summary>
    public DateTimeOffset Start { get; set; }
}

internal sealed class PendingRollupConfiguration : IEntityTypeConfiguration<PendingRollup>
{
    public void Configure(EntityTypeBuilder<PendingRollup> builder) => builder.HasKey(p => new { p.SiteId, p.Level, p.Start });
}
