namespace KimHotspot.RouterAgent.Outbox;

/// <summary>Identity of one report: the agent start it was written in and its number within that start.</summary>
/// <remarks>Central ingests idempotently on <c>(siteId, bootId, seq)</c>; a key is never reused.</remarks>
public readonly record struct OutboxKey(Guid BootId, long Seq)
{
    public override string ToString() => $"{BootId:N}/{Seq}";
}
