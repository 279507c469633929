using KimHotspot.Contracts.Messages;

namespace KimHotspot.Central.Ingest;

/// <summary>
/// A batch whose signature, timestamp, nonce, version and site were checked: what an <see cref="IReportSink"/> gets.
/// </summary>
/// <param name="SiteId">The signed site (equal to the batch's and every report's).</param>
/// <param name="Batch">The batch as received.</param>
/// <param name="ReceivedAt">Central's clock when the batch arrived.</param>
/// <param name="SignedAt">The signature timestamp (the agent's clock, corrected by what it knows of Central's).</param>
public sealed record VerifiedBatch(string SiteId, ReportBatch Batch, DateTimeOffset ReceivedAt, DateTimeOffset SignedAt)
{
    /// <summary>Central's clock minus the signer's, as far as the signature tells (whole seconds).</summary>
    public TimeSpan SignatureOffset => ReceivedAt - SignedAt;
}
