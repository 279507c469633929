using System.Globalization;
using KimHotspot.Central.Localization;
using KimHotspot.Central.Sweeper;
using Microsoft.Extensions.Localization;

namespace KimHotspot.Central.Dashboard;

/// <summary>
/// Numbers, bytes, ages and durations for the dashboard in the request's culture (id-ID by default: "1,2 GB",
/// "3 menit lalu"). Bytes use decimal units (1 GB = 10⁹ bytes).
/// </summary>
public static class DashboardFormat
{
    private static readonly string[] Units = ["B", "kB", "MB", "GB", "TB", "PB"];

    public static string Bytes(long bytes, CultureInfo? culture = null)
    {
        culture ??= CultureInfo.CurrentCulture;
        double value = bytes;
        int unit = 0;
        while (Math.Abs(value) >= 1000 && unit < Units.Length - 1)
        {
            value /= 1000;
            unit++;
        }

        string format = unit == 0 || Math.Abs(value) >= 100 ? "0" : "0.#";
        return value.ToString(format, culture) + " " + Units[unit];
    }

    public static string Number(long value, CultureInfo? culture = null) => value.ToString("N0", culture ?? CultureInfo.CurrentCulture);

    /// <summary>"baru saja", "3 menit lalu", "5 jam lalu", "2 hari lalu"; "—" when never.</summary>
    public static string Ago(DateTimeOffset? at, DateTimeOffset now, IStringLocalizer<SharedResource> t)
    {
        ArgumentNullException.ThrowIfNull(t);
        if (at is not { } when)
        {
            return "—";
        }

        var age = now - when;
        return age.TotalMinutes switch
        {
            < 1 => t["baru saja"],
            < 60 => t["{0} menit lalu", (int)age.TotalMinutes],
            < 48 * 60 => t["{0} jam lalu", (int)age.TotalHours],
            _ => t["{0} hari lalu", (int)age.TotalDays],
        };
    }

    /// <summary>"4 hari 3 jam", "2 jam 5 menit", "7 menit"; "—" when not reported.</summary>
    public static string Duration(long? seconds, IStringLocalizer<SharedResource> t)
    {
        ArgumentNullException.ThrowIfNull(t);
        if (seconds is not { } s || s < 0)
        {
            return "—";
        }

        var span = TimeSpan.FromSeconds(s);
        return span.TotalDays >= 1 ? t["{0} hari {1} jam", (int)span.TotalDays, span.Hours]
            : span.TotalHours >= 1 ? t["{0} jam {1} menit", (int)span.TotalHours, span.Minutes]
            : t["{0} menit", span.Minutes];
    }

    /// <summary>The localizer key of a chart range name (24h, 7d, 30d).</summary>
    public static string RangeLabel(string range) => range switch
    {
        "7d" => "7 hari",
        "30d" => "30 hari",
        _ => "24 jam",
    };

    /// <summary>The localizer key (Bahasa Indonesia) naming an alert kind.</summary>
    public static string AlertKindKey(Alerts.AlertKind kind) => kind switch
    {
        Alerts.AlertKind.Offline => "Luring",
        Alerts.AlertKind.RouterRebooted => "Router dinyalakan ulang",
        Alerts.AlertKind.HighCpu => "CPU tinggi",
        Alerts.AlertKind.LowMemory => "Memori rendah",
        Alerts.AlertKind.BacklogGrowing => "Antrean laporan bertambah",
        Alerts.AlertKind.RouterUnreachable => "Router tidak terjangkau",
        _ => kind.ToString(),
    };

    /// <summary>The CSS/JSON name of a status: online, stale, offline, unknown.</summary>
    public static string StatusClass(SiteStatus status) => status.ToString().ToLowerInvariant();

    /// <summary>The localized status name.</summary>
    public static string Status(SiteStatus status, IStringLocalizer<SharedResource> t)
    {
        ArgumentNullException.ThrowIfNull(t);
        return t[StatusReasonText.Key(status)];
    }

    /// <summary>The localized reason; empty for none.</summary>
    public static string Reason(StatusReason reason, IStringLocalizer<SharedResource> t)
    {
        ArgumentNullException.ThrowIfNull(t);
        var key = StatusReasonText.Key(reason);
        return key.Length == 0 ? "" : t[key];
    }
}
