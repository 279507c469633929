using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KimHotspot.Central.Sites;

/// <summary>A village hotspot Central watches.</summary>
public sealed class Site
{
    /// <summary>The Kemendagri village code (e.g. <c>71.74.01.2001</c>); also the site id agents sign with.</summary>
    public required string Id { get; set; }

    /// <summary>Village name (desa/kelurahan).</summary>
    public required string Name { get; set; }

    /// <summary>Kecamatan (district).</summary>
    public string Kecamatan { get; set; } = "";

    public double? Latitude { get; set; }

    public double? Longitude { get; set; }

    /// <summary>The village Portal's address over the site VPN (for the gateway); null when not reachable.</summary>
    public string? PortalUrl { get; set; }

    /// <summary>Expected report interval of the site's agent (drives STALE: three missed reports).</summary>
    public TimeSpan ReportInterval { get; set; } = TimeSpan.FromMinutes(1);

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Archived sites keep their history but are not watched or listed.</summary>
    public bool Archived { get; set; }

    public List<SiteKey> Keys { get; set; } = [];
}

internal sealed class SiteConfiguration : IEntityTypeConfiguration<Site>
{
    public void Configure(EntityTypeBuilder<Site> builder)
    {
        builder.Property(s => s.Id).HasMaxLength(64);
        builder.Property(s => s.Name).HasMaxLength(120);
        builder.Property(s => s.Kecamatan).HasMaxLength(120);
        builder.Property(s => s.PortalUrl).HasMaxLength(300);
        builder.HasMany(s => s.Keys).WithOne().HasForeignKey(k => k.SiteId);
    }
}
