using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace KimHotspot.Central.Data;

/// <summary>
/// Central's durable store (SQLite). Each feature declares its sets in its own part of this class
/// (<c>CentralDb.Xxx.cs</c> in the feature folder) and its mapping as an <see cref="IEntityTypeConfiguration{T}"/> there.
/// </summary>
public sealed partial class CentralDb(DbContextOptions<CentralDb> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(CentralDb).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        // SQLite cannot compare DateTimeOffset; Central stores UTC only, as a sortable 64-bit number.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
    }
}
