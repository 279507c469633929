using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KimHotspot.Central.Operators;

/// <summary>A Diskominfo person who signs in to Central. There is no default account: the first one comes from the CLI.</summary>
public sealed class Operator
{
    public int Id { get; set; }

    /// <summary>Login name, lower case, unique.</summary>
    public required string UserName { get; set; }

    /// <summary>ASP.NET Core Identity password hash (PBKDF2).</summary>
    public string PasswordHash { get; set; } = "";

    public OperatorRole Role { get; set; }

    /// <summary>Changes with the password, role or enabled state; cookies with an older stamp stop working.</summary>
    public string SecurityStamp { get; set; } = "";

    public bool Disabled { get; set; }

    /// <summary>Wrong passwords in a row (reset on success and when a lockout starts).</summary>
    public int FailedLogins { get; set; }

    public DateTimeOffset? LockedUntil { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? LastLoginAt { get; set; }
}

internal sealed class OperatorConfiguration : IEntityTypeConfiguration<Operator>
{
    public void Configure(EntityTypeBuilder<Operator> builder)
    {
        builder.Property(o => o.UserName).HasMaxLength(32);
        builder.HasIndex(o => o.UserName).IsUnique();
        builder.Property(o => o.Role).HasConversion<string>().HasMaxLength(16);
        builder.Property(o => o.SecurityStamp).HasMaxLength(64);
    }
}
