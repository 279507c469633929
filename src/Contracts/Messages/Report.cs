using System.Text.Json.Serialization;

namespace KimHotspot.Contracts.Messages;

/// <summary>
/// One sample taken by the agent. <c>(SiteId, BootId, Seq)</c> is the idempotency key:
/// Central stores a report once however often it is uploaded.
/// </summary>
/// <param name="SiteId">The site that took the sample.</param>
/// <param name="BootId">Random id chosen each time the agent's outbox is created (a new id restarts <paramref name="Seq"/>).</param>
/// <param name="Seq">Sequence number within <paramref name="BootId"/>, increasing from 1.</param>
/// <param name="SampledAt">The agent's wall clock when sampled; may be wrong (1970, skewed).</param>
/// <param name="ClockSynced">Whether the agent believed its wall clock synced when sampling.</param>
/// <param name="AgeMs">Monotonic age of the sample in milliseconds when the batch was built;
/// null when the sample was taken before the agent's last restart.</param>
/// <param name="Body">What was measured.</param>
public sealed record Report(
    string SiteId,
    Guid BootId,
    long Seq,
    DateTimeOffset SampledAt,
    bool ClockSynced,
    long? AgeMs,
    ReportBody Body)
{
    /// <summary>The idempotency key of this report within its site (not on the wire).</summary>
    [JsonIgnore]
    public ReportKey Key => new(BootId, Seq);
}
