namespace KimHotspot.Portal.Features.Admin.Audit;

/// <summary>One admin action: who did what to which thing, when, and the thing before and after (JSON).</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }

    public DateTimeOffset At { get; set; }

    /// <summary>Username of the admin, or "system" / "cli" for jobs and commands.</summary>
    public string Actor { get; set; } = string.Empty;

    /// <summary>Dotted action name, e.g. "bulletin.publish", "member.approve".</summary>
    public string Action { get; set; } = string.Empty;

    /// <summary>What was acted on, e.g. "bulletin:12", "member:7".</summary>
    public string Target { get; set; } = string.Empty;

    /// <summary>JSON of the relevant fields before the action (null for a creation).</summary>
    public string? Before { get; set; }

    /// <summary>JSON of the relevant fields after the action (null for a deletion).</summary>
    public string? After { get; set; }
}
