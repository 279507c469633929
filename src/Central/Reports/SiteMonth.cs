namespace KimHotspot.Central.Reports;

/// <summary>
/// One site's month. <see cref="PeriodHours"/> are the whole hours of the month the site was registered (from its
/// registration or first data, whichever is earlier) that have ended; <see cref="UpHours"/> is, summed over those hours,
/// the share of the expected router-health samples (one per report interval) that reached Central with the router
/// reachable, capped at one per hour. <see cref="Uptime"/> = up / period (null without a period); outage = period − up.
/// </summary>
public sealed record SiteMonth(
    string SiteId,
    string Name,
    string Kecamatan,
    double PeriodHours,
    double UpHours,
    long BytesIn,
    long BytesOut,
    long Sessions,
    int PeakUsers,
    int DevicesMaxPerDay,
    double DevicesAveragePerDay,
    int Reboots)
{
    public double? Uptime => PeriodHours > 0 ? Math.Min(1, UpHours / PeriodHours) : null;

    public double OutageHours => Math.Max(0, PeriodHours - UpHours);
}

/// <summary>A month's report: a row per site (kecamatan, then name) and when it was computed.</summary>
public sealed record MonthlyReport(ReportMonth Month, DateTimeOffset ComputedAt, bool Complete, IReadOnlyList<SiteMonth> Sites)
{
    /// <summary>Mean uptime of the sites that have a period (null when none has).</summary>
    public double? MeanUptime => Sites.Select(s => s.Uptime).OfType<double>().DefaultIfEmpty(double.NaN).Average() is var m && !double.IsNaN(m) ? m : null;
}
