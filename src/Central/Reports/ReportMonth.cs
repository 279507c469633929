using System.Globalization;

namespace KimHotspot.Central.Reports;

/// <summary>A calendar month in <c>Central:TimeZone</c>, as UTC instants: [<see cref="Start"/>, <see cref="End"/>).</summary>
public sealed record ReportMonth(int Year, int Month, DateTimeOffset Start, DateTimeOffset End)
{
    /// <summary>The month as written in addresses: <c>yyyy-MM</c>.</summary>
    public string Key => string.Create(CultureInfo.InvariantCulture, $"{Year:0000}-{Month:00}");

    /// <summary>The month of <paramref name="key"/> (<c>yyyy-MM</c>), or null when it is not one.</summary>
    public static ReportMonth? Parse(string? key, TimeZoneInfo zone) =>
        key is { Length: 7 } && DateTime.TryParseExact(key, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first)
            && first.Year is >= 2000 and < 9999
            ? Of(first.Year, first.Month, zone)
            : null;

    public static ReportMonth Of(int year, int month, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var first = new DateTime(year, month, 1, 0, 0, 0, DateTimeKind.Unspecified);
        var next = first.AddMonths(1);
        return new ReportMonth(year, month, Midnight(first, zone), Midnight(next, zone));
    }

    /// <summary>The month holding <paramref name="at"/> in <paramref name="zone"/>.</summary>
    public static ReportMonth Containing(DateTimeOffset at, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTime(at, zone);
        return Of(local.Year, local.Month, zone);
    }

    public ReportMonth Previous(TimeZoneInfo zone) => Month == 1 ? Of(Year - 1, 12, zone) : Of(Year, Month - 1, zone);

    private static DateTimeOffset Midnight(DateTime local, TimeZoneInfo zone) =>
        new DateTimeOffset(local, zone.GetUtcOffset(local)).ToUniversalTime();
}
