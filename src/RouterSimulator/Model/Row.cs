namespace KimHotspot.RouterSimulator.Model;

/// <summary>A table row: its <c>.id</c> and stored fields (byte strings, insertion order kept).</summary>
internal class Row
{
    public string Id { get; set; } = string.Empty;

    public OrderedDictionary<string, string> Fields { get; } = new(StringComparer.Ordinal);

    /// <summary>Built-in rows (the <c>default</c> profile) cannot be removed.</summary>
    public bool IsDefault { get; init; }

    public string? this[string name] => Fields.TryGetValue(name, out var v) ? v : null;
}
