namespace KimHotspot.RouterAgent.Outbox;

/// <summary>Self-health of the outbox, reported to Central like any other sample.</summary>
/// <param name="Depth">Rows waiting for acknowledgement.</param>
/// <param name="OldestUnsentAge">Now minus the enqueue time of the oldest waiting row; zero when empty.</param>
/// <param name="BytesOnDisk">SQLite <c>page_count × page_size</c> of the main file.</param>
/// <param name="StoredBytes">What the budget counts: payload and kind bytes plus a fixed per-row overhead.</param>
/// <param name="Drops">Rows dropped over budget since the file was created, in total.</param>
/// <param name="DropsByKind">The same, per kind.</param>
/// <param name="LastAcknowledgedAt">Agent clock at the last acknowledgement that deleted a row, if any.</param>
public sealed record OutboxStats(
    long Depth,
    TimeSpan OldestUnsentAge,
    long BytesOnDisk,
    long StoredBytes,
    long Drops,
    IReadOnlyDictionary<string, long> DropsByKind,
    DateTimeOffset? LastAcknowledgedAt);
