using System.Text.Json;
using KimHotspot.Contracts;
using KimHotspot.Contracts.Messages;
using KimHotspot.RouterAgent.Outbox;

namespace KimHotspot.RouterAgent.Upload;

/// <summary>
/// The outbox row format for reports: the row's kind is the body's <c>kind</c>, its sampledAt the report's, and
/// its body the <see cref="Report"/> JSON (contract serializer) with <c>ageMs</c> null; the age is filled in at upload.
/// </summary>
public static class OutboxReport
{
    /// <summary>Builds a report for this boot's next key and writes it durably; returns its key.</summary>
    /// <remarks>The seq is assigned by the outbox, so the stored JSON carries seq 0; <see cref="Read"/> takes the key from the row.</remarks>
    public static Task<OutboxKey> AppendAsync(
        ReportOutbox outbox, string siteId, DateTimeOffset sampledAt, bool clockSynced, ReportBody body, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(outbox);
        ArgumentNullException.ThrowIfNull(body);
        var report = new Report(siteId, outbox.BootId, 0, sampledAt, clockSynced, null, body);
        return outbox.AppendAsync(KindOf(body), sampledAt, Serialize(report), ct);
    }

    /// <summary>The row body for a report (age removed).</summary>
    public static byte[] Serialize(Report report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return JsonSerializer.SerializeToUtf8Bytes(report with { AgeMs = null }, ContractsJson.Default.Report);
    }

    /// <summary>
    /// Turns a row back into a report for upload: key from the row, site from configuration, and <c>ageMs</c> =
    /// now − sampledAt (clamped to [0, <paramref name="bootUptime"/>]) when the row is from <paramref name="currentBoot"/>, else null.
    /// Returns null when the body is not a readable report.
    /// </summary>
    public static Report? Read(OutboxEntry row, string siteId, Guid currentBoot, DateTimeOffset now, TimeSpan bootUptime)
    {
        ArgumentNullException.ThrowIfNull(row);
        Report? report;
        try
        {
            report = JsonSerializer.Deserialize(row.Body, ContractsJson.Default.Report);
        }
        catch (Exception e) when (e is JsonException or NotSupportedException)
        {
            return null;
        }

        if (report is null)
        {
            return null;
        }

        long? age = null;
        if (row.Key.BootId == currentBoot)
        {
            var ms = (long)(now - row.SampledAt).TotalMilliseconds;
            age = Math.Clamp(ms, 0, (long)bootUptime.TotalMilliseconds);
        }

        return report with { SiteId = siteId, BootId = row.Key.BootId, Seq = row.Key.Seq, AgeMs = age };
    }

    /// <summary>The <c>kind</c> discriminator of a body.</summary>
    public static string KindOf(ReportBody body) => body switch
    {
        RouterHealth => RouterHealth.Kind,
        HotspotUsage => HotspotUsage.Kind,
        PortalHealth => PortalHealth.Kind,
        AgentHealth => AgentHealth.Kind,
        HourlySummary => HourlySummary.Kind,
        _ => throw new ArgumentException($"Unknown report body {body?.GetType().Name}.", nameof(body)),
    };
}
