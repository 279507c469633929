namespace KimHotspot.RouterSetup.Plan;

/// <summary>One field the plan wants on a row.</summary>
internal sealed record WantedField(string Name, string Value, FieldMatch Match = FieldMatch.Exact)
{
    /// <summary>True when <paramref name="actual"/> (null = absent) already satisfies this field.</summary>
    public bool IsSatisfiedBy(string? actual) => Match switch
    {
        FieldMatch.WriteOnly => true,
        FieldMatch.Bool => actual is not null && AsBool(actual) == AsBool(Value),
        FieldMatch.Set => actual is not null && Items(actual).SetEquals(Items(Value)),
        FieldMatch.Policy => actual is not null && Granted(actual).SetEquals(Granted(Value)),
        _ => actual == Value,
    };

    private static bool? AsBool(string text) => text.ToLowerInvariant() switch
    {
        "yes" or "true" => true,
        "no" or "false" => false,
        _ => null,
    };

    private static HashSet<string> Items(string list) =>
        new(list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), StringComparer.Ordinal);

    private static HashSet<string> Granted(string list)
    {
        var set = Items(list);
        set.RemoveWhere(p => p.StartsWith('!'));
        return set;
    }
}
