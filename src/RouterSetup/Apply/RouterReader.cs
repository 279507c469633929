using KimHotspot.RouterOs;
using KimHotspot.RouterSetup.Plan;

namespace KimHotspot.RouterSetup.Apply;

/// <summary>Reads the row a plan item is about: the first row matching its key, or the menu's only row.</summary>
internal static class RouterReader
{
    public static async Task<IReadOnlyDictionary<string, string>?> ReadAsync(IRouterOsApi api, PlanItem item, CancellationToken cancellationToken)
    {
        var command = new RouterOsCommand(item.Menu + "/print");
        foreach (var key in item.Key)
        {
            command.Where(key.Name, key.Value);
        }

        var response = await api.ExecuteAsync(command, cancellationToken).ConfigureAwait(false);
        if (response.Rows.Count == 0)
        {
            return null;
        }

        var row = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in response.Rows[0].Pairs)
        {
            row.TryAdd(name, value);
        }

        return row;
    }

    /// <summary>Compares every item with the router.</summary>
    public static async Task<IReadOnlyList<ItemDiff>> DiffAsync(IRouterOsApi api, IReadOnlyList<PlanItem> plan, CancellationToken cancellationToken)
    {
        var diffs = new List<ItemDiff>(plan.Count);
        foreach (var item in plan)
        {
            diffs.Add(ItemDiff.Compare(item, await ReadAsync(api, item, cancellationToken).ConfigureAwait(false)));
        }

        return diffs;
    }
}
