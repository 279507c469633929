using System.Globalization;
using KimHotspot.Portal.Localization;
using Microsoft.Extensions.Localization;

namespace KimHotspot.Portal.Features.Admin.Vouchers;

/// <summary>How voucher pages, sheets and exports write durations and times.</summary>
public static class VoucherText
{
    /// <summary>"7 hari", "1 jam", "90 menit".</summary>
    public static string Validity(TimeSpan validity, IStringLocalizer<SharedResource> t)
    {
        ArgumentNullException.ThrowIfNull(t);
        if (validity >= TimeSpan.FromDays(1) && validity.Ticks % TimeSpan.TicksPerDay == 0)
        {
            return t["{0} hari", (int)validity.TotalDays];
        }

        return validity >= TimeSpan.FromHours(1) && validity.Ticks % TimeSpan.TicksPerHour == 0
            ? t["{0} jam", (int)validity.TotalHours]
            : t["{0} menit", (int)Math.Ceiling(validity.TotalMinutes)];
    }

    /// <summary>The time in the Portal machine's time zone, "28-11-2026 14:05"; empty for null.</summary>
    public static string Local(DateTimeOffset? at) =>
        at is { } value
            ? TimeZoneInfo.ConvertTime(value, TimeZoneInfo.Local).ToString("dd-MM-yyyy HH:mm", CultureInfo.InvariantCulture)
            : string.Empty;

    /// <summary>The date only, "28-11-2026".</summary>
    public static string LocalDate(DateTimeOffset? at) =>
        at is { } value ? TimeZoneInfo.ConvertTime(value, TimeZoneInfo.Local).ToString("dd-MM-yyyy", CultureInfo.InvariantCulture) : string.Empty;

    /// <summary>The end of <paramref name="day"/> (start of the next day) in the Portal machine's time zone.</summary>
    public static DateTimeOffset EndOfLocalDay(DateOnly day)
    {
        var next = day.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return new DateTimeOffset(next, TimeZoneInfo.Local.GetUtcOffset(next));
    }
}
