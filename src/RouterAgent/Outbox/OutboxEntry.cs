namespace KimHotspot.RouterAgent.Outbox;

/// <summary>One stored report as handed to the uploader.</summary>
/// <param name="Key">Identity for idempotent ingest and for <see cref="ReportOutbox.AcknowledgeAsync"/>.</param>
/// <param name="Kind">Caller-defined message kind (opaque to the outbox).</param>
/// <param name="SampledAt">When the sample was taken, by the clock of the moment (may be 1970 on a router).</param>
/// <param name="EnqueuedAt">Agent clock when the row was written; age on upload = now - this.</param>
/// <param name="IsRollup">True when this row is an hourly summary produced by an <see cref="IRollup"/>.</param>
/// <param name="Body">Opaque payload bytes.</param>
public sealed record OutboxEntry(
    OutboxKey Key, string Kind, DateTimeOffset SampledAt, DateTimeOffset EnqueuedAt, bool IsRollup, byte[] Body);
