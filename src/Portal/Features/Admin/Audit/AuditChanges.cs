using System.Text.Json;

namespace KimHotspot.Portal.Features.Admin.Audit;

/// <summary>
/// Before/after snapshots as lines a person can read: "Role: Editor → Admin" for each changed field, every field
/// of a creation ("Role: Admin") or deletion ("Role: Admin ×").
/// </summary>
public static class AuditChanges
{
    public static IReadOnlyList<string> Describe(string? before, string? after)
    {
        var old = Parse(before);
        var now = Parse(after);
        if (old is null && now is null)
        {
            return [.. new[] { before, after }.Where(s => !string.IsNullOrEmpty(s)).Select(s => s!)];
        }

        var keys = Keys(old).Concat(Keys(now)).Distinct(StringComparer.Ordinal);
        var lines = new List<string>();
        foreach (var key in keys)
        {
            var was = Value(old, key);
            var becomes = Value(now, key);
            if (old is null)
            {
                lines.Add($"{key}: {becomes}");
            }
            else if (now is null)
            {
                lines.Add($"{key}: {was} ×");
            }
            else if (was != becomes)
            {
                lines.Add($"{key}: {was} → {becomes}");
            }
        }

        return lines;
    }

    private static Dictionary<string, JsonElement>? Parse(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.ValueKind == JsonValueKind.Object
                ? document.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone(), StringComparer.Ordinal)
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static IEnumerable<string> Keys(Dictionary<string, JsonElement>? fields) => fields?.Keys ?? Enumerable.Empty<string>();

    private static string Value(Dictionary<string, JsonElement>? fields, string key) =>
        fields is null || !fields.TryGetValue(key, out var value) ? "–"
        : value.ValueKind switch
        {
            JsonValueKind.String => value.GetString() ?? string.Empty,
            JsonValueKind.Null => "–",
            _ => value.GetRawText(),
        };
}
