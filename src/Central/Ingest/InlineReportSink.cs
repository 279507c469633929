namespace KimHotspot.Central.Ingest;

/// <summary>Stores each batch directly (one SQLite transaction) and acknowledges after the commit.</summary>
public sealed class InlineReportSink(ReportStore store) : IReportSink
{
    public async Task<IngestOutcome> AcceptAsync(VerifiedBatch batch, CancellationToken cancellationToken)
    {
        var result = await store.StoreAsync(batch, cancellationToken);
        return IngestOutcome.Stored(result.Accepted, result.NewReports);
    }
}
