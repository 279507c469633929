namespace KimHotspot.Central.Ingest;

/// <summary>
/// Where verified batches go. The default <see cref="InlineReportSink"/> stores them in SQLite before answering;
/// a Redis stream sink may be registered instead when several Central nodes share the work. Either way the outcome
/// may only list keys that are durably held.
/// </summary>
public interface IReportSink
{
    Task<IngestOutcome> AcceptAsync(VerifiedBatch batch, CancellationToken cancellationToken);
}
