using KimHotspot.Central.Sweeper;

namespace KimHotspot.Central.Dashboard;

/// <summary>The overview's columns that can be sorted on.</summary>
public enum OverviewSort
{
    Status,
    Name,
    Kecamatan,
    LastSeen,
    Users,
    Bytes,
    Alerts,
}

/// <summary>
/// Filter and order of the overview, from the query string (<c>?kecamatan=…&amp;status=offline&amp;rendah=1&amp;sort=bytes&amp;dir=desc</c>)
/// so it works without JavaScript. The default puts problems first: offline, stale, unknown, online, then by name.
/// </summary>
public sealed record OverviewFilter(string? Kecamatan, SiteStatus? Status, bool LowUsageOnly, OverviewSort Sort, bool Descending)
{
    public static OverviewFilter Parse(IQueryCollection query)
    {
        ArgumentNullException.ThrowIfNull(query);
        string? kecamatan = query["kecamatan"].ToString() is { Length: > 0 } k ? k : null;
        SiteStatus? status = Enum.TryParse<SiteStatus>(query["status"], ignoreCase: true, out var s) && Enum.IsDefined(s) ? s : null;
        var sort = Enum.TryParse<OverviewSort>(query["sort"], ignoreCase: true, out var o) && Enum.IsDefined(o) ? o : OverviewSort.Status;
        return new OverviewFilter(kecamatan, status, query["rendah"] == "1", sort, query["dir"] == "desc");
    }

    public IReadOnlyList<OverviewRow> Apply(IEnumerable<OverviewRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var kept = rows.Where(r => (Kecamatan is null || string.Equals(r.Kecamatan, Kecamatan, StringComparison.OrdinalIgnoreCase))
            && (Status is null || r.Status == Status) && (!LowUsageOnly || r.LowUsage));
        var ordered = Sort switch
        {
            OverviewSort.Name => By(kept, r => r.Name),
            OverviewSort.Kecamatan => By(kept, r => r.Kecamatan),
            OverviewSort.LastSeen => By(kept, r => r.LastSeen ?? DateTimeOffset.MinValue),
            OverviewSort.Users => By(kept, r => r.ActiveUsers ?? -1),
            OverviewSort.Bytes => By(kept, r => r.BytesToday),
            OverviewSort.Alerts => By(kept, r => r.OpenAlerts),
            _ => By(kept, r => Severity(r.Status)),
        };
        return [.. ordered.ThenBy(r => r.Name, StringComparer.OrdinalIgnoreCase).ThenBy(r => r.SiteId, StringComparer.Ordinal)];
    }

    /// <summary>Problems first: offline 0, stale 1, unknown 2, online 3.</summary>
    public static int Severity(SiteStatus status) => status switch
    {
        SiteStatus.Offline => 0,
        SiteStatus.Stale => 1,
        SiteStatus.Unknown => 2,
        _ => 3,
    };

    private IOrderedEnumerable<OverviewRow> By<TKey>(IEnumerable<OverviewRow> rows, Func<OverviewRow, TKey> key) =>
        Descending ? rows.OrderByDescending(key) : rows.OrderBy(key);
}
