using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KimHotspot.Central.Sites;

/// <summary>
/// A signing key of a site. The secret is stored protected (ASP.NET Core data protection), never in the clear.
/// During a rotation the old key keeps working until <see cref="RetiresAt"/>, so an agent with a backlog signed
/// under it is not refused; a revoked key stops at once.
/// </summary>
public sealed class SiteKey
{
    public int Id { get; set; }

    public required string SiteId { get; set; }

    /// <summary>The key, protected with purpose <c>KimHotspot.Central.SiteKeys</c>.</summary>
    public required string ProtectedSecret { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>After a rotation: the old key is accepted until then.</summary>
    public DateTimeOffset? RetiresAt { get; set; }

    /// <summary>Revoked: refused from then on.</summary>
    public DateTimeOffset? RevokedAt { get; set; }

    /// <summary>Whether the key signs valid requests at <paramref name="now"/>.</summary>
    public bool IsActive(DateTimeOffset now) => RevokedAt is null && (RetiresAt is null || now < RetiresAt);
}

internal sealed class SiteKeyConfiguration : IEntityTypeConfiguration<SiteKey>
{
    public void Configure(EntityTypeBuilder<SiteKey> builder) => builder.HasIndex(k => k.SiteId);
}
