namespace KimHotspot.Central.History;

/// <summary>
/// Minute, hour and site-local day boundaries, all as UTC instants. Days follow <c>Central:TimeZone</c>; hours are UTC
/// hours, so the zone must be a whole number of hours from UTC (all of Indonesia is: WIB, WITA, WIT).
/// </summary>
public sealed class TimeBuckets(TimeZoneInfo zone)
{
    public TimeZoneInfo Zone { get; } = zone;

    public static DateTimeOffset Minute(DateTimeOffset at) => Floor(at, TimeSpan.TicksPerMinute);

    public static DateTimeOffset Hour(DateTimeOffset at) => Floor(at, TimeSpan.TicksPerHour);

    /// <summary>The UTC instant of the site-local midnight that starts the day holding <paramref name="at"/>.</summary>
    public DateTimeOffset Day(DateTimeOffset at)
    {
        var local = TimeZoneInfo.ConvertTime(at, Zone);
        var midnight = local.Date;
        return new DateTimeOffset(midnight, Zone.GetUtcOffset(midnight)).ToUniversalTime();
    }

    /// <summary>The start of the next site-local day after the one starting at <paramref name="dayStart"/>.</summary>
    public DateTimeOffset NextDay(DateTimeOffset dayStart) => Day(dayStart.AddHours(36));

    private static DateTimeOffset Floor(DateTimeOffset at, long unit)
    {
        var ticks = at.UtcTicks;
        return new DateTimeOffset(ticks - (ticks % unit), TimeSpan.Zero);
    }
}
