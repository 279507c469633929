using KimHotspot.RouterOs;
using KimHotspot.RouterSetup.Plan;

namespace KimHotspot.RouterSetup.Apply;

/// <summary>The outcome of <c>apply</c> or <c>check</c>: one line per item, plus the totals.</summary>
internal sealed record SetupReport(IReadOnlyList<StepOutcome> Steps)
{
    /// <summary>Items added or changed.</summary>
    public int Changed => Steps.Count(s => s.Status is StepStatus.Added or StepStatus.Changed);

    /// <summary>Items that still differ.</summary>
    public int Differing => Steps.Count(s => s.Status == StepStatus.Differs);
}

/// <summary>
/// Applies a plan: read → diff → add or set only what differs → read again to verify. Never removes anything and
/// never touches rows it does not find by its key.
/// </summary>
internal static class SetupRun
{
    public static async Task<SetupReport> CheckAsync(IRouterOsApi api, IReadOnlyList<PlanItem> plan, CancellationToken cancellationToken)
    {
        var diffs = await RouterReader.DiffAsync(api, plan, cancellationToken).ConfigureAwait(false);
        return new SetupReport([.. diffs.Select(Describe)]);
    }

    /// <summary>Applies every item, then verifies; an item still differing afterwards is reported as such.</summary>
    public static async Task<SetupReport> ApplyAsync(IRouterOsApi api, IReadOnlyList<PlanItem> plan, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(api);
        ArgumentNullException.ThrowIfNull(plan);
        var steps = new List<StepOutcome>(plan.Count);
        foreach (var item in plan)
        {
            var diff = ItemDiff.Compare(item, await RouterReader.ReadAsync(api, item, cancellationToken).ConfigureAwait(false));
            steps.Add(await FixAsync(api, diff, cancellationToken).ConfigureAwait(false));
        }

        var verified = await RouterReader.DiffAsync(api, plan, cancellationToken).ConfigureAwait(false);
        for (int i = 0; i < steps.Count; i++)
        {
            if (!verified[i].InSync)
            {
                steps[i] = Describe(verified[i]) with { Title = steps[i].Title + " (after apply)" };
            }
        }

        return new SetupReport(steps);
    }

    private static async Task<StepOutcome> FixAsync(IRouterOsApi api, ItemDiff diff, CancellationToken cancellationToken)
    {
        var item = diff.Item;
        if (diff.Missing && item.Kind is ItemKind.Row or ItemKind.CreateOnly)
        {
            var add = new RouterOsCommand(item.Menu + "/add");
            foreach (var field in item.AddFields)
            {
                add.Attribute(field.Name, field.Value);
            }

            var added = await api.ExecuteAsync(add, cancellationToken).ConfigureAwait(false);
            foreach (var verb in item.AfterAdd)
            {
                var after = new RouterOsCommand(item.Menu + "/" + verb).Attribute("numbers", added.Ret ?? item.Key[0].Value);
                await api.ExecuteAsync(after, cancellationToken).ConfigureAwait(false);
            }

            return new StepOutcome(item.Title, StepStatus.Added, []);
        }

        if (diff.Missing || diff.Unmet.Count > 0)
        {
            return Describe(diff);
        }

        if (diff.Settable.Count == 0)
        {
            return new StepOutcome(item.Title, StepStatus.Ok, []);
        }

        var set = new RouterOsCommand(item.Menu + "/set");
        if (diff.RowId is { } id)
        {
            set.Attribute(".id", id);
        }

        foreach (var difference in diff.Settable)
        {
            set.Attribute(difference.Name, difference.Wanted);
        }

        await api.ExecuteAsync(set, cancellationToken).ConfigureAwait(false);
        return new StepOutcome(item.Title, StepStatus.Changed, [.. diff.Settable.Select(d => d.Name)]);
    }

    private static StepOutcome Describe(ItemDiff diff)
    {
        if (diff.InSync)
        {
            return new StepOutcome(diff.Item.Title, StepStatus.Ok, []);
        }

        if (diff.Missing)
        {
            string where = string.Join(" ", diff.Item.Key.Select(k => $"{k.Name}={k.Value}"));
            return new StepOutcome(diff.Item.Title, StepStatus.Differs, [$"missing ({diff.Item.Menu} {where})"]);
        }

        var details = diff.Settable.Concat(diff.Unmet).Select(d => d.ToString()).ToList();
        if (diff.Item.Kind == ItemKind.CreateOnly && diff.Unmet.Count > 0)
        {
            details.Add("the set-up does not change it: remove it by hand and run apply again");
        }

        return new StepOutcome(diff.Item.Title, StepStatus.Differs, details);
    }
}
