using System.Text.Json;
using KimHotspot.Contracts;
using KimHotspot.Contracts.Messages;
using KimHotspot.RouterAgent.Outbox;
using KimHotspot.RouterAgent.Upload;

namespace KimHotspot.RouterAgent.Rollup;

/// <summary>
/// The outbox's <see cref="IRollup"/> for the report row format (<see cref="OutboxReport"/>): merges one UTC hour of
/// <see cref="HotspotUsage"/> or <see cref="RouterHealth"/> rows, and earlier <see cref="HourlySummary"/> output among
/// them, into one exact <see cref="HourlySummary"/> report. Merging in any grouping gives the same bytes.
/// </summary>
/// <remarks>Portal and agent health are not summarised: over budget they are only dropped (and counted).</remarks>
public sealed class ReportRollup : IRollup
{
    /// <inheritdoc />
    public bool CanRollUp(string kind) => kind is HotspotUsage.Kind or RouterHealth.Kind or HourlySummary.Kind;

    /// <inheritdoc />
    /// <exception cref="RollupException">A body is unreadable, of another kind or hour, or a sum overflows.</exception>
    public byte[] Merge(string kind, DateTimeOffset hourStart, IReadOnlyList<byte[]> bodies)
    {
        ArgumentNullException.ThrowIfNull(kind);
        ArgumentNullException.ThrowIfNull(bodies);
        if (bodies.Count == 0)
        {
            throw new ArgumentException("Nothing to merge.", nameof(bodies));
        }
        if (!CanRollUp(kind))
        {
            throw new RollupException(kind, -1, "this kind is not summarised");
        }

        var builder = new SummaryBuilder();
        Report? first = null;
        var synced = true;
        for (var i = 0; i < bodies.Count; i++)
        {
            var report = Read(kind, i, bodies[i]);
            CheckHour(kind, i, hourStart, report);
            try
            {
                AddBody(kind, i, builder, report.Body);
            }
            catch (Exception e) when (e is OverflowException or ArgumentException)
            {
                throw new RollupException(kind, i, e is OverflowException ? "a sum overflows" : e.Message, e);
            }
            first ??= report;
            synced &= report.ClockSynced;
        }

        var summary = new Report(first!.SiteId, first.BootId, first.Seq, hourStart, synced, null, builder.Build(hourStart));
        return OutboxReport.Serialize(summary);
    }

    private static Report Read(string kind, int index, byte[] body)
    {
        try
        {
            return JsonSerializer.Deserialize(body, ContractsJson.Default.Report)
                ?? throw new RollupException(kind, index, "the body is JSON null");
        }
        catch (Exception e) when (e is JsonException or NotSupportedException or ArgumentException)
        {
            throw new RollupException(kind, index, "not a readable report (" + e.Message + ")", e);
        }
    }

    private static void CheckHour(string kind, int index, DateTimeOffset hourStart, Report report)
    {
        var sampled = report.Body is HourlySummary s ? s.HourStart : report.SampledAt;
        if (sampled < hourStart || sampled >= hourStart.AddHours(1) || (report.Body is HourlySummary && sampled != hourStart))
        {
            throw new RollupException(kind, index, $"sampled at {sampled:O}, outside the hour starting {hourStart:O}");
        }
    }

    private static void AddBody(string kind, int index, SummaryBuilder builder, ReportBody body)
    {
        switch (body)
        {
            case HourlySummary summary:
                builder.Add(summary);
                break;
            case HotspotUsage usage when kind == HotspotUsage.Kind:
                builder.Add(usage);
                break;
            case RouterHealth router when kind == RouterHealth.Kind:
                builder.Add(router);
                break;
            default:
                throw new RollupException(kind, index, $"a {body.GetType().Name} body does not belong in a '{kind}' row");
        }
    }
}
