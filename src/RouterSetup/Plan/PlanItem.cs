namespace KimHotspot.RouterSetup.Plan;

/// <summary>
/// One piece of desired router state: a menu, how to find our row (<see cref="Key"/>), the fields it must have,
/// and the commands to run once right after adding it (e.g. <c>sign</c> a certificate).
/// </summary>
internal sealed record PlanItem(string Title, string Menu, ItemKind Kind, IReadOnlyList<WantedField> Key, IReadOnlyList<WantedField> Fields)
{
    /// <summary>Verbs run on the new row after it is added (<c>sign</c>), with the row's name as <c>numbers</c>.</summary>
    public IReadOnlyList<string> AfterAdd { get; init; } = [];

    /// <summary>Read-only values the row must show once made (<c>private-key=true</c>); checked, never set.</summary>
    public IReadOnlyList<WantedField> Expect { get; init; } = [];

    /// <summary>Fields that are written only when the row is added (its key and the rest), in order.</summary>
    public IEnumerable<WantedField> AddFields => Key.Concat(Fields.Where(f => Key.All(k => k.Name != f.Name)));

    /// <summary>The fields compared on every run (write-only ones excluded).</summary>
    public IEnumerable<WantedField> Compared => Fields.Where(f => f.Match != FieldMatch.WriteOnly);
}
