using KimHotspot.Central.History;

namespace KimHotspot.Central.Dashboard;

/// <summary>
/// The chart ranges as they appear in addresses (<c>24h</c>, <c>7d</c>, <c>30d</c>) and the bucket starts of each, the
/// same buckets <see cref="HistoryQuery"/> answers with (it leaves out empty ones; the charts show them as gaps).
/// </summary>
public static class ChartRange
{
    public static readonly string[] Names = ["24h", "7d", "30d"];

    public static bool TryParse(string? text, out HistoryRange range)
    {
        (bool ok, range) = text switch
        {
            null or "" or "24h" => (true, HistoryRange.Day),
            "7d" => (true, HistoryRange.Week),
            "30d" => (true, HistoryRange.Month),
            _ => (false, HistoryRange.Day),
        };
        return ok;
    }

    public static string Name(HistoryRange range) => range switch
    {
        HistoryRange.Week => "7d",
        HistoryRange.Month => "30d",
        _ => "24h",
    };

    /// <summary>Every bucket start of <paramref name="range"/> ending at <paramref name="now"/>, oldest first.</summary>
    public static IReadOnlyList<DateTimeOffset> Starts(HistoryRange range, DateTimeOffset now, TimeBuckets buckets)
    {
        ArgumentNullException.ThrowIfNull(buckets);
        var starts = new List<DateTimeOffset>();
        switch (range)
        {
            case HistoryRange.Day:
                var five = TimeSpan.FromMinutes(5);
                var first = Floor(TimeBuckets.Minute(now).AddHours(-24), five);
                for (var at = first; at <= now; at += five)
                {
                    starts.Add(at);
                }

                break;
            case HistoryRange.Week:
                for (var at = TimeBuckets.Hour(now).AddHours(-167); at <= now; at = at.AddHours(1))
                {
                    starts.Add(at);
                }

                break;
            default:
                for (var at = buckets.Day(buckets.Day(now).AddHours((-24 * 29) + 12)); at <= now; at = buckets.NextDay(at))
                {
                    starts.Add(at);
                }

                break;
        }

        return starts;
    }

    /// <summary>How long one bucket of <paramref name="range"/> lasts (a day for the 30-day range).</summary>
    public static TimeSpan BucketLength(HistoryRange range) => range switch
    {
        HistoryRange.Day => TimeSpan.FromMinutes(5),
        HistoryRange.Week => TimeSpan.FromHours(1),
        _ => TimeSpan.FromDays(1),
    };

    private static DateTimeOffset Floor(DateTimeOffset at, TimeSpan unit) =>
        new(at.UtcTicks - (at.UtcTicks % unit.Ticks), TimeSpan.Zero);
}
