namespace KimHotspot.Contracts.Messages;

/// <summary>The agent's own pipeline state.</summary>
/// <param name="OutboxDepth">Reports waiting in the outbox.</param>
/// <param name="OldestUnsentAgeSeconds">Age of the oldest unsent report in seconds; null when the outbox is empty.</param>
/// <param name="OutboxBytes">Bytes the outbox uses on disk.</param>
/// <param name="DroppedReports">Detail reports dropped for budget since the outbox was created (cumulative).</param>
/// <param name="LastAckAt">When Central last acknowledged a batch (agent wall clock); null if never.</param>
/// <param name="ClockOffsetMs">Central's clock minus the agent's, in milliseconds; null until measured.</param>
public sealed record AgentHealth(
    int OutboxDepth,
    long? OldestUnsentAgeSeconds,
    long OutboxBytes,
    long DroppedReports,
    DateTimeOffset? LastAckAt,
    long? ClockOffsetMs) : ReportBody
{
    /// <summary>The <c>"kind"</c> discriminator value.</summary>
    public const string Kind = "agentHealth";
}
