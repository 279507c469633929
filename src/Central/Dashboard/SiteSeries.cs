using System.Globalization;
using KimHotspot.Central.History;

namespace KimHotspot.Central.Dashboard;

/// <summary>
/// Chart data of one range, one entry per bucket (null where nothing was reported), with labels in Central's time zone.
/// <see cref="Timeline"/> says per bucket: <c>up</c> (the agent reported and the router answered), <c>router</c> (the
/// agent reported but could not reach the router), <c>down</c> (nothing arrived), <c>none</c> (before the site existed).
/// </summary>
public sealed record SiteSeries(
    string Range,
    IReadOnlyList<string> Labels,
    IReadOnlyList<int?> Users,
    IReadOnlyList<long?> BytesIn,
    IReadOnlyList<long?> BytesOut,
    IReadOnlyList<double?> Cpu,
    IReadOnlyList<double?> MemoryUsedPercent,
    IReadOnlyList<string> Timeline,
    double? UptimePercent,
    long TotalBytes,
    int PeakUsers)
{
    public static SiteSeries Build(
        HistoryRange range, IReadOnlyList<HistoryPoint> points, DateTimeOffset now, TimeBuckets buckets, DateTimeOffset? since = null)
    {
        ArgumentNullException.ThrowIfNull(points);
        ArgumentNullException.ThrowIfNull(buckets);
        var starts = ChartRange.Starts(range, now, buckets);
        var byStart = points.ToDictionary(p => p.Start);
        var labelFormat = range switch
        {
            HistoryRange.Day => "HH:mm",
            HistoryRange.Week => "dd/MM HH:00",
            _ => "dd/MM",
        };
        var length = ChartRange.BucketLength(range);
        var found = starts.Select(s => byStart.GetValueOrDefault(s)).ToList();
        var timeline = starts.Select((s, i) => found[i] switch
        {
            { RouterSamples: 0, RouterUnreachableSamples: > 0 } => "router",
            { Reports: > 0 } => "up",
            _ when since is { } born && s + length <= born => "none",
            _ => "down",
        }).ToList();
        int judged = timeline.Count(t => t != "none");
        return new SiteSeries(
            ChartRange.Name(range),
            [.. starts.Select(s => TimeZoneInfo.ConvertTime(s, buckets.Zone).ToString(labelFormat, CultureInfo.InvariantCulture))],
            [.. found.Select(p => p?.PeakUsers)],
            [.. found.Select(p => p?.BytesIn)],
            [.. found.Select(p => p?.BytesOut)],
            [.. found.Select(p => p?.CpuLoadMean is { } c ? Math.Round(c, 1) : (double?)null)],
            [.. found.Select(MemoryUsed)],
            timeline,
            judged == 0 ? null : Math.Round(100.0 * timeline.Count(t => t is "up" or "router") / judged, 1),
            points.Sum(p => p.BytesIn + p.BytesOut),
            points.Count == 0 ? 0 : points.Max(p => p.PeakUsers));
    }

    private static double? MemoryUsed(HistoryPoint? p) =>
        p is { MemoryFreeMin: { } free, MemoryTotal: { } total } && total > 0 ? Math.Round(100.0 * (total - free) / total, 1) : null;
}
