namespace KimHotspot.Portal.Features.Admin.Settings;

/// <summary>When the nightly job runs next: a fixed village-local time of day (no DST in Indonesia, but handled anyway).</summary>
public static class NightlySchedule
{
    /// <summary>The first instant strictly after <paramref name="now"/> whose local time in <paramref name="zone"/> is <paramref name="at"/>.</summary>
    public static DateTimeOffset Next(DateTimeOffset now, TimeZoneInfo zone, TimeOnly at)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var local = TimeZoneInfo.ConvertTime(now, zone);
        var day = DateOnly.FromDateTime(local.DateTime);
        for (int i = 0; i < 3; i++)
        {
            var wall = day.AddDays(i).ToDateTime(at);
            if (zone.IsInvalidTime(wall))
            {
                wall = wall.AddHours(1); // skipped by a clock change: run just after it
            }

            var candidate = new DateTimeOffset(wall, zone.GetUtcOffset(wall));
            if (candidate > now)
            {
                return candidate;
            }
        }

        return now.AddDays(1);
    }
}
