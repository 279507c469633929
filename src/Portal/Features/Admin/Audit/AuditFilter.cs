using KimHotspot.Portal.Data;
using KimHotspot.Portal.Features.Admin.Shared;

namespace KimHotspot.Portal.Features.Admin.Audit;

/// <summary>
/// What the audit page is narrowed to: actor (exact), action (prefix, e.g. "member."), target (contains) and
/// village local dates from/to (both inclusive).
/// </summary>
public sealed record AuditFilter(string? Actor, string? Action, string? Target, DateOnly? From, DateOnly? To)
{
    public IQueryable<AuditEntry> Apply(PortalDb db, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(time);
        IQueryable<AuditEntry> query = db.AuditEntries;
        if (Clean(Actor) is { } actor)
        {
            var name = actor.ToLowerInvariant();
            query = query.Where(e => e.Actor == name);
        }

        if (Clean(Action) is { } action)
        {
            query = query.Where(e => e.Action.StartsWith(action));
        }

        if (Clean(Target) is { } target)
        {
            query = query.Where(e => e.Target.Contains(target));
        }

        if (From is { } from)
        {
            var start = VillageTime.StartOfDay(from, time);
            query = query.Where(e => e.At >= start);
        }

        if (To is { } to)
        {
            var end = VillageTime.StartOfDay(to.AddDays(1), time);
            query = query.Where(e => e.At < end);
        }

        return query.OrderByDescending(e => e.At).ThenByDescending(e => e.Id);
    }

    /// <summary>The filter as query-string values, for paging links and the CSV link.</summary>
    public Dictionary<string, string> ToRouteValues()
    {
        var values = new Dictionary<string, string>();
        Put(values, "actor", Clean(Actor));
        Put(values, "action", Clean(Action));
        Put(values, "target", Clean(Target));
        Put(values, "from", From?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Put(values, "to", To?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        return values;
    }

    private static void Put(Dictionary<string, string> values, string key, string? value)
    {
        if (value is not null)
        {
            values[key] = value;
        }
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
