using System.Globalization;

namespace KimHotspot.Portal.Features.Admin.Online;

/// <summary>Small display helpers for the online list: byte counts, durations and masked MACs.</summary>
public static class OnlineFormat
{
    private static readonly string[] Units = ["B", "KB", "MB", "GB", "TB"];

    /// <summary>1536 → "1,5 KB" (1024-based, one decimal from KB up, in the current culture).</summary>
    public static string Bytes(long bytes)
    {
        double value = Math.Max(0, bytes);
        int unit = 0;
        while (value >= 1024 && unit < Units.Length - 1)
        {
            value /= 1024;
            unit++;
        }

        return unit == 0
            ? string.Create(CultureInfo.CurrentCulture, $"{value:0} {Units[unit]}")
            : string.Create(CultureInfo.CurrentCulture, $"{value:0.0} {Units[unit]}");
    }

    /// <summary>"2j 05m", "12m 03d", "1h 3j" (Indonesian short units: hari, jam, menit, detik).</summary>
    public static string Duration(TimeSpan value)
    {
        if (value < TimeSpan.Zero)
        {
            value = TimeSpan.Zero;
        }

        return value.TotalDays >= 1
            ? string.Create(CultureInfo.InvariantCulture, $"{(int)value.TotalDays}h {value.Hours}j")
            : value.TotalHours >= 1
                ? string.Create(CultureInfo.InvariantCulture, $"{value.Hours}j {value.Minutes:00}m")
                : string.Create(CultureInfo.InvariantCulture, $"{value.Minutes}m {value.Seconds:00}d");
    }
}
