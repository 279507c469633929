namespace KimHotspot.RouterSetup.Apply;

/// <summary>What happened to one plan item.</summary>
internal enum StepStatus
{
    /// <summary>Already as wanted.</summary>
    Ok,

    /// <summary>Some fields were set.</summary>
    Changed,

    /// <summary>The row was added.</summary>
    Added,

    /// <summary>Differs (check), or cannot be fixed by the set-up (apply).</summary>
    Differs,
}

/// <summary>One line of the report: the item, its status and the details (field names, never secret values).</summary>
internal sealed record StepOutcome(string Title, StepStatus Status, IReadOnlyList<string> Details)
{
    public override string ToString()
    {
        string word = Status switch
        {
            StepStatus.Ok => "ok",
            StepStatus.Changed => "changed",
            StepStatus.Added => "added",
            _ => "DIFFERS",
        };
        return Details.Count == 0 ? $"{word,-8} {Title}" : $"{word,-8} {Title}: {string.Join("; ", Details)}";
    }
}
