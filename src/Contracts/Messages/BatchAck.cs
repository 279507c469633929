namespace KimHotspot.Contracts.Messages;

/// <summary>
/// Central's answer to a batch, sent only after a durable write. Reports listed here
/// (including duplicates Central already had) may be deleted from the outbox.
/// </summary>
/// <param name="Accepted">Keys of the reports Central now holds.</param>
/// <param name="ServerTime">Central's clock when answering (lets the agent measure its clock offset).</param>
public sealed record BatchAck(IReadOnlyList<ReportKey> Accepted, DateTimeOffset ServerTime);
