namespace KimHotspot.RouterSimulator.Model;

/// <summary>What a table stores and which generic verbs it allows.</summary>
internal sealed class TableSchema
{
    private readonly Dictionary<string, FieldSpec> _fields;

    public TableSchema(string noun, IReadOnlyList<FieldSpec> fields, string? keyField = "name")
    {
        Noun = noun;
        Fields = fields;
        KeyField = keyField;
        _fields = fields.ToDictionary(f => f.Name, StringComparer.Ordinal);
    }

    /// <summary>Used in texts like <c>failure: already have user with this name</c>.</summary>
    public string Noun { get; }

    public IReadOnlyList<FieldSpec> Fields { get; }

    /// <summary>The unique, mandatory name field (rows can be addressed by it), or null.</summary>
    public string? KeyField { get; }

    public bool CanAdd { get; init; } = true;

    public bool CanSet { get; init; } = true;

    public bool CanRemove { get; init; } = true;

    /// <summary>Read-only fields a <c>set</c> may not touch (rendered by the table itself).</summary>
    public IReadOnlyList<string> ReadOnly { get; init; } = [];

    public FieldSpec? Find(string name) => _fields.GetValueOrDefault(name);
}
