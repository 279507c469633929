using System.Globalization;

namespace KimHotspot.Portal.Features.Admin.Shared;

/// <summary>
/// Times as the village reads and types them: in the Portal machine's local time zone (set to the village's
/// WIB, WITA or WIT), while the database keeps UTC.
/// </summary>
public static class VillageTime
{
    private static readonly string[] InputFormats = ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd HH:mm"];

    /// <summary>The value of an <c>&lt;input type="datetime-local"&gt;</c> for <paramref name="at"/>; empty for none.</summary>
    public static string ToInput(DateTimeOffset? at, TimeZoneInfo zone) =>
        at is { } value ? TimeZoneInfo.ConvertTime(value, zone).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture) : string.Empty;

    /// <summary>Reads a local date-time typed by an admin; false when it is not one (or does not exist in the zone).</summary>
    public static bool TryParse(string input, TimeZoneInfo zone, out DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(zone);
        at = default;
        if (!DateTime.TryParseExact(input?.Trim(), InputFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)
            || zone.IsInvalidTime(local))
        {
            return false;
        }

        at = new DateTimeOffset(local, zone.GetUtcOffset(local)).ToUniversalTime();
        return true;
    }

    /// <summary>A short local date and time for lists, in the page's language.</summary>
    public static string Show(DateTimeOffset at, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(at, zone).ToString("d MMM yyyy HH:mm", CultureInfo.CurrentCulture);

    /// <summary>"yyyy-MM-dd HH:mm" in village time (audit lists and CSV); "–" for none.</summary>
    public static string Format(DateTimeOffset? at, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        return at is { } value ? TimeZoneInfo.ConvertTime(value, time.LocalTimeZone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) : "–";
    }

    /// <summary>The UTC instant a village local date starts at.</summary>
    public static DateTimeOffset StartOfDay(DateOnly day, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        var local = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        var zone = time.LocalTimeZone;
        return new DateTimeOffset(local, zone.GetUtcOffset(local)).ToUniversalTime();
    }
}
