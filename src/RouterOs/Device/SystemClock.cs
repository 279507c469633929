using System.Globalization;
using KimHotspot.RouterOs.Values;

namespace KimHotspot.RouterOs.Device;

/// <summary>
/// <c>/system/clock</c>: the router's local wall clock. <c>date</c> is <c>jun/01/2023</c> before 7.10 and
/// <c>2023-06-01</c> after; <c>time</c> is <c>12:11:25</c>. Until NTP syncs, a board without RTC starts at 1970.
/// </summary>
public sealed record SystemClock
{
    /// <summary>Local date and time, combined from <c>date</c> and <c>time</c>.</summary>
    public DateTime? LocalTime { get; init; }

    /// <summary>Offset from UTC (<c>gmt-offset</c>, <c>+07:00</c> or seconds).</summary>
    public TimeSpan? GmtOffset { get; init; }

    /// <summary>Time zone name, e.g. <c>Asia/Jakarta</c>.</summary>
    public string? TimeZoneName { get; init; }

    /// <summary>Whether daylight saving time is in effect.</summary>
    public bool? DstActive { get; init; }

    /// <summary>Whether the router picks its time zone automatically.</summary>
    public bool? TimeZoneAutodetect { get; init; }

    /// <summary>The router's "now" with its offset, when both are known.</summary>
    public DateTimeOffset? Now => LocalTime is { } t && GmtOffset is { } o && o.Ticks % TimeSpan.TicksPerMinute == 0
        && Math.Abs(o.TotalHours) <= 14 ? new DateTimeOffset(t, o) : null;

    /// <summary>True when the clock still reads a pre-2000 date: it has not been set (no NTP, no RTC).</summary>
    public bool LooksUnsynced => LocalTime is { Year: < 2000 };

    /// <summary>Reads the row; missing or unparsable fields become null.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="row"/> is null.</exception>
    public static SystemClock FromRow(RouterOsRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new SystemClock
        {
            LocalTime = RouterOsDate.TryParseDateAndTime(row.Text("date"), row.Text("time"), out var t) ? t : null,
            GmtOffset = ParseOffset(row.Text("gmt-offset")),
            TimeZoneName = row.Text("time-zone-name"),
            DstActive = row.Bool("dst-active"),
            TimeZoneAutodetect = row.Bool("time-zone-autodetect"),
        };
    }

    /// <summary>Parses <c>+07:00</c>, <c>-03:30</c> or a number of seconds; null when malformed.</summary>
    public static TimeSpan? ParseOffset(string? text)
    {
        var s = (text ?? string.Empty).Trim();
        if (!s.StartsWith('+') && long.TryParse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var seconds))
        {
            return Math.Abs(seconds) <= 24 * 3600 ? TimeSpan.FromSeconds(seconds) : null;
        }

        if (s.Length != 6 || s[0] is not ('+' or '-') || s[3] != ':'
            || !int.TryParse(s.AsSpan(1, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var h)
            || !int.TryParse(s.AsSpan(4, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var m) || m > 59)
        {
            return null;
        }

        var offset = new TimeSpan(h, m, 0);
        return s[0] == '-' ? -offset : offset;
    }
}
