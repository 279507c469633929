using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KimHotspot.Central.Bulletins;

/// <summary>
/// A city-wide bulletin written by a Diskominfo operator and pulled by the village Portals it is aimed at: every site,
/// or the sites listed in <see cref="SiteIds"/> plus every site of a kecamatan in <see cref="Kecamatans"/>.
/// Every change (create, edit, withdraw) takes the next <see cref="ChangeSeq"/>, which is what a Portal's cursor counts.
/// </summary>
public sealed class CityBulletin
{
    public const int MaxTitle = 120;
    public const int MaxBody = 4000;

    public long Id { get; set; }

    public required string Title { get; set; }

    /// <summary>Markdown (or plain text); the Portal renders it with its own safe pipeline.</summary>
    public required string Body { get; set; }

    public DateTimeOffset PublishAt { get; set; }

    public DateTimeOffset? ExpiresAt { get; set; }

    /// <summary>Aimed at every site (then the lists are ignored).</summary>
    public bool AllSites { get; set; }

    public List<string> SiteIds { get; set; } = [];

    public List<string> Kecamatans { get; set; } = [];

    public required string CreatedBy { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public string? UpdatedBy { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>1 when written, +1 at every edit or withdrawal.</summary>
    public int Revision { get; set; } = 1;

    /// <summary>Set when withdrawn: Portals get a tombstone and stop showing it.</summary>
    public DateTimeOffset? WithdrawnAt { get; set; }

    /// <summary>Position of the last change in Central's bulletin change sequence (unique, rising).</summary>
    public long ChangeSeq { get; set; }

    /// <summary>Whether this bulletin is aimed at a site with <paramref name="siteId"/> in <paramref name="kecamatan"/>.</summary>
    public bool Targets(string siteId, string kecamatan) =>
        AllSites || SiteIds.Contains(siteId, StringComparer.Ordinal)
        || (kecamatan.Length > 0 && Kecamatans.Contains(kecamatan, StringComparer.OrdinalIgnoreCase));
}

internal sealed class CityBulletinConfiguration : IEntityTypeConfiguration<CityBulletin>
{
    public void Configure(EntityTypeBuilder<CityBulletin> builder)
    {
        builder.Property(b => b.Title).HasMaxLength(CityBulletin.MaxTitle);
        builder.Property(b => b.Body).HasMaxLength(CityBulletin.MaxBody);
        builder.Property(b => b.CreatedBy).HasMaxLength(32);
        builder.Property(b => b.UpdatedBy).HasMaxLength(32);
        builder.HasIndex(b => b.ChangeSeq).IsUnique();
    }
}
