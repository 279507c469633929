using KimHotspot.Central.History;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KimHotspot.Central.Data;

public sealed partial class CentralDb
{
    public DbSet<SiteMinute> SiteMinutes => Set<SiteMinute>();

    public DbSet<SiteHour> SiteHours => Set<SiteHour>();

    public DbSet<SiteDay> SiteDays => Set<SiteDay>();

    public DbSet<PendingRollup> PendingRollups => Set<PendingRollup>();
}

internal sealed class SiteMinuteConfiguration : IEntityTypeConfiguration<SiteMinute>
{
    public void Configure(EntityTypeBuilder<SiteMinute> builder) => builder.HasKey(f => new { f.SiteId, f.Start });
}

internal sealed class SiteHourConfiguration : IEntityTypeConfiguration<SiteHour>
{
    public void Configure(EntityTypeBuilder<SiteHour> builder) => builder.HasKey(f => new { f.SiteId, f.Start });
}

internal sealed class SiteDayConfiguration : IEntityTypeConfiguration<SiteDay>
{
    public void Configure(EntityTypeBuilder<SiteDay> builder) => builder.HasKey(f => new { f.SiteId, f.Start });
}
