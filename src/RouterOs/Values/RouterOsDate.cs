using System.Globalization;

namespace KimHotspot.RouterOs.Values;

/// <summary>How the router writes dates (RouterOS 7.10 switched from legacy to ISO).</summary>
public enum RouterOsDateStyle
{
    /// <summary><c>2023-06-01 12:11:25</c> (7.10 and later).</summary>
    Iso,

    /// <summary><c>jun/01/2023 12:11:25</c> (before 7.10).</summary>
    Legacy,
}

/// <summary>
/// RouterOS dates and times (reference §4.9): <c>2023-06-01 12:11:25</c>, <c>jun/01/2023 12:11:25</c> (month in
/// any case), <c>jun/01/2023</c>, <c>jun/01 12:11:25</c> (current year) and <c>12:11:25</c> (today). The router
/// gives local wall-clock time without an offset, so results are <see cref="DateTimeKind.Unspecified"/>.
/// </summary>
public static class RouterOsDate
{
    private static readonly string[] Months =
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    /// <summary>Parses a date/time; <paramref name="reference"/> supplies the year or day for short forms.</summary>
    /// <exception cref="FormatException">Not a RouterOS date, or a short form without a reference.</exception>
    public static DateTime Parse(string text, DateTime? reference) =>
        TryParse(text, reference, out var value) ? value : throw new FormatException($"Not a RouterOS date: '{text}'.");

    /// <summary>Parses without throwing. Short forms (no year, time only) need <paramref name="reference"/>.</summary>
    public static bool TryParse(string? text, DateTime? reference, out DateTime value)
    {
        value = default;
        var s = (text ?? string.Empty).Trim();
        var space = s.IndexOf(' ', StringComparison.Ordinal);
        var datePart = space < 0 ? s : s[..space];
        var timePart = space < 0 ? null : s[(space + 1)..];
        if (space < 0 && datePart.Contains(':', StringComparison.Ordinal))
        {
            // Time only: today on the router.
            if (reference is null || !TryParseTime(datePart, out var onlyTime))
            {
                return false;
            }

            value = DateTime.SpecifyKind(reference.Value.Date, DateTimeKind.Unspecified) + onlyTime;
            return true;
        }

        if (!TryParseDate(datePart, reference?.Year, out var date))
        {
            return false;
        }

        var time = TimeSpan.Zero;
        if (timePart is not null && !TryParseTime(timePart, out time))
        {
            return false;
        }

        value = date + time;
        return true;
    }

    /// <summary>
    /// Combines the separate <c>date</c> (<c>jun/01/2023</c> or <c>2023-06-01</c>) and <c>time</c>
    /// (<c>12:11:25</c>) fields of <c>/system/clock</c>.
    /// </summary>
    /// <exception cref="FormatException">Either field is malformed.</exception>
    public static DateTime ParseDateAndTime(string date, string time) =>
        TryParseDateAndTime(date, time, out var value)
            ? value
            : throw new FormatException($"Not a RouterOS date and time: '{date}' '{time}'.");

    /// <summary>Like <see cref="ParseDateAndTime"/> without throwing.</summary>
    public static bool TryParseDateAndTime(string? date, string? time, out DateTime value)
    {
        value = default;
        if (!TryParseDate((date ?? string.Empty).Trim(), null, out var d) || !TryParseTime((time ?? string.Empty).Trim(), out var t))
        {
            return false;
        }

        value = d + t;
        return true;
    }

    /// <summary>Formats as the router would: ISO (<c>2023-06-01 12:11:25</c>) or legacy (<c>jun/01/2023 12:11:25</c>).</summary>
    public static string Format(DateTime value, RouterOsDateStyle style) => style == RouterOsDateStyle.Legacy
        ? string.Create(CultureInfo.InvariantCulture, $"{Months[value.Month - 1]}/{value:dd/yyyy HH:mm:ss}")
        : value.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    private static bool TryParseTime(string s, out TimeSpan time)
    {
        time = default;
        if (s.Length != 8 || !DateTime.TryParseExact(s, "HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.None, out var t))
        {
            return false;
        }

        time = t.TimeOfDay;
        return true;
    }

    private static bool TryParseDate(string s, int? referenceYear, out DateTime date)
    {
        date = default;
        if (s.Contains('-', StringComparison.Ordinal))
        {
            return s.Length == 10 && DateTime.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
        }

        var parts = s.Split('/');
        if (parts.Length is < 2 or > 3 || parts[1].Length != 2)
        {
            return false;
        }

        var month = Array.FindIndex(Months, m => m.Equals(parts[0], StringComparison.OrdinalIgnoreCase)) + 1;
        int year;
        if (parts.Length == 3)
        {
            if (parts[2].Length != 4 || !int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out year))
            {
                return false;
            }
        }
        else if (referenceYear is { } y)
        {
            year = y;
        }
        else
        {
            return false;
        }

        if (month == 0 || year < 1 || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var day)
            || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateTime(year, month, day, 0, 0, 0, DateTimeKind.Unspecified);
        return true;
    }
}
