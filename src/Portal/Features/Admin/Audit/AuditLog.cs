using System.Security.Claims;
using System.Text.Json;
using KimHotspot.Portal.Data;

namespace KimHotspot.Portal.Features.Admin.Audit;

/// <summary>
/// Writes audit entries into the same <see cref="PortalDb"/> unit of work as the action itself, so an action
/// and its audit entry are saved together or not at all: call <see cref="Add"/> before <c>SaveChangesAsync</c>.
/// </summary>
public sealed class AuditLog(IHttpContextAccessor http, TimeProvider time)
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    /// <summary>Queues an entry on <paramref name="db"/>; <paramref name="before"/>/<paramref name="after"/> are snapshots (anonymous objects are fine) and must not hold passwords or secrets.</summary>
    public void Add(PortalDb db, string action, string target, object? before = null, object? after = null, string? actor = null)
    {
        ArgumentNullException.ThrowIfNull(db);
        db.AuditEntries.Add(new AuditEntry
        {
            At = time.GetUtcNow(),
            Actor = actor ?? CurrentActor(),
            Action = action,
            Target = target,
            Before = before is null ? null : JsonSerializer.Serialize(before, Json),
            After = after is null ? null : JsonSerializer.Serialize(after, Json),
        });
    }

    private string CurrentActor() =>
        http.HttpContext?.User.FindFirstValue(ClaimTypes.Name) is { Length: > 0 } name ? name : "system";
}
