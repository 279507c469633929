using System.Text.Json;
using KimHotspot.Central.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KimHotspot.Central.Operators;

/// <summary>One change made by an operator (or the CLI): who, when, what, on which thing. Never a password or key.</summary>
public sealed class OperatorAudit
{
    public long Id { get; set; }

    public DateTimeOffset At { get; set; }

    /// <summary>Operator user name, or <c>cli</c>.</summary>
    public required string Actor { get; set; }

    /// <summary>E.g. <c>operator.create</c>, <c>site.edit</c>, <c>sitekey.rotate</c>.</summary>
    public required string Action { get; set; }

    /// <summary>E.g. <c>operator:budi</c>, <c>site:71.74.01.2001</c>.</summary>
    public required string Target { get; set; }

    /// <summary>Small JSON of what changed.</summary>
    public string? Details { get; set; }

    /// <summary>Adds an entry to <paramref name="db"/>; the caller saves it together with the change.</summary>
    public static void Add(CentralDb db, TimeProvider time, string actor, string action, string target, object? details = null)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(time);
        db.OperatorAudits.Add(new OperatorAudit
        {
            At = time.GetUtcNow(), Actor = actor, Action = action, Target = target,
            Details = details is null ? null : JsonSerializer.Serialize(details),
        });
    }
}

internal sealed class OperatorAuditConfiguration : IEntityTypeConfiguration<OperatorAudit>
{
    public void Configure(EntityTypeBuilder<OperatorAudit> builder)
    {
        builder.Property(a => a.Actor).HasMaxLength(32);
        builder.Property(a => a.Action).HasMaxLength(40);
        builder.Property(a => a.Target).HasMaxLength(100);
        builder.HasIndex(a => a.At);
    }
}
