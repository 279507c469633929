namespace KimHotspot.RouterAgent.Outbox;

/// <summary>Merges many reports of one kind and one UTC hour into one exact summary.</summary>
/// <remarks>
/// <see cref="Merge"/> must accept its own output among the inputs (a summary may be merged again
/// with later detail of the same hour) and must be exact: the merged body carries the same totals.
/// </remarks>
public interface IRollup
{
    /// <summary>Whether reports of <paramref name="kind"/> can be summarised; others are only ever dropped.</summary>
    bool CanRollUp(string kind);

    /// <summary>Merges the bodies (oldest first) of one kind within the hour starting at <paramref name="hourStart"/>.</summary>
    byte[] Merge(string kind, DateTimeOffset hourStart, IReadOnlyList<byte[]> bodies);
}

/// <summary>Rolls nothing up: over budget, the oldest rows are simply dropped (and counted).</summary>
public sealed class NoRollup : IRollup
{
    public bool CanRollUp(string kind) => false;

    public byte[] Merge(string kind, DateTimeOffset hourStart, IReadOnlyList<byte[]> bodies) =>
        throw new NotSupportedException("NoRollup merges nothing.");
}
