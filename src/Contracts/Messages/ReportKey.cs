namespace KimHotspot.Contracts.Messages;

/// <summary>Identifies a report within its site (the site is given by the batch).</summary>
/// <param name="BootId">The report's boot id.</param>
/// <param name="Seq">The report's sequence number.</param>
public readonly record struct ReportKey(Guid BootId, long Seq);
