using KimHotspot.RouterSetup.Plan;

namespace KimHotspot.RouterSetup.Apply;

/// <summary>One field that differs: what the plan wants and what the router has (null = absent).</summary>
internal sealed record FieldDifference(string Name, string Wanted, string? Actual)
{
    public override string ToString() => $"{Name}: has {(Actual is null ? "(none)" : Quote(Actual))}, wants {Quote(Wanted)}";

    private static string Quote(string value) => value.Length > 60 || value.Contains('\n', StringComparison.Ordinal)
        ? $"<{value.Length} chars>"
        : "\"" + value + "\"";
}

/// <summary>How one plan item compares with the router: missing row, differing fields, or unmet expectations.</summary>
internal sealed record ItemDiff(PlanItem Item, string? RowId, bool Missing, IReadOnlyList<FieldDifference> Settable, IReadOnlyList<FieldDifference> Unmet)
{
    /// <summary>True when the router already has what the item wants.</summary>
    public bool InSync => !Missing && Settable.Count == 0 && Unmet.Count == 0;

    /// <summary>Compares an item with the row the router printed for it (null when there is none).</summary>
    public static ItemDiff Compare(PlanItem item, IReadOnlyDictionary<string, string>? row)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (row is null)
        {
            return new ItemDiff(item, null, Missing: true, [], []);
        }

        string? id = row.GetValueOrDefault(".id");
        var settable = item.Kind == ItemKind.CreateOnly ? [] : Differences(item.Compared, row);
        var unmet = Differences(item.Expect, row);
        if (item.Kind == ItemKind.CreateOnly)
        {
            unmet = [.. unmet, .. Differences(item.Compared, row)];
        }

        return new ItemDiff(item, id, Missing: false, settable, unmet);
    }

    private static List<FieldDifference> Differences(IEnumerable<WantedField> wanted, IReadOnlyDictionary<string, string> row) =>
        [.. wanted
            .Where(f => !f.IsSatisfiedBy(row.GetValueOrDefault(f.Name)))
            .Select(f => new FieldDifference(f.Name, f.Value, row.GetValueOrDefault(f.Name)))];
}
