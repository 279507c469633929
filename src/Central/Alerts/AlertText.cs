using System.Globalization;
using KimHotspot.Central.Live;
using KimHotspot.Central.Sweeper;

namespace KimHotspot.Central.Alerts;

/// <summary>The words of delivered alerts, in Bahasa Indonesia (default) or English (<see cref="AlertsOptions.Language"/>).</summary>
public static class AlertText
{
    /// <summary>The message for an alert event at a site.</summary>
    public static string Compose(string language, AlertEvent alertEvent, AlertKind kind, string siteName, SiteLive? live, StatusReason reason, int flaps)
    {
        bool en = language == "en";
        var inv = CultureInfo.InvariantCulture;
        string what = alertEvent switch
        {
            AlertEvent.Opened => Opened(en, kind, live, reason),
            AlertEvent.Closed => Closed(en, kind),
            AlertEvent.Flapping => en
                ? string.Format(inv, "{0} is flapping ({1} times); closing only after it has been quiet for a while", Name(en, kind), flaps)
                : string.Format(inv, "{0} naik-turun ({1} kali); ditutup setelah stabil beberapa saat", Name(en, kind), flaps),
            _ => throw new ArgumentOutOfRangeException(nameof(alertEvent), alertEvent, null),
        };
        string flapNote = (alertEvent, flaps) switch
        {
            (AlertEvent.Closed, > 0) => string.Format(inv, en ? " (flapped {0} times)" : " (naik-turun {0} kali)", flaps),
            (AlertEvent.Opened, > 0) => en ? " (again, soon after it cleared)" : " (lagi, tak lama setelah pulih)",
            _ => "",
        };
        return $"[{Severity(en, AlertConditions.Severity(kind))}] {siteName}: {what}{flapNote}";
    }

    private static string Opened(bool en, AlertKind kind, SiteLive? live, StatusReason reason)
    {
        var inv = CultureInfo.InvariantCulture;
        return kind switch
        {
            AlertKind.Offline => en
                ? $"OFFLINE — {StatusReasonText.English(reason)}"
                : $"LURING — {StatusReasonText.Key(reason)}",
            AlertKind.RouterRebooted => string.Format(inv, en ? "router rebooted at {0:yyyy-MM-dd HH:mm} UTC" : "router dinyalakan ulang pada {0:yyyy-MM-dd HH:mm} UTC", live?.LastRebootAt),
            AlertKind.HighCpu => string.Format(inv, en ? "router CPU high ({0}%)" : "CPU router tinggi ({0}%)", live?.CpuLoadPercent),
            AlertKind.LowMemory => string.Format(inv, en ? "router memory low ({0:0}% free)" : "memori router hampir habis (sisa {0:0}%)", live is null ? null : AlertConditions.FreeMemoryPercent(live)),
            AlertKind.BacklogGrowing => string.Format(inv, en ? "agent backlog growing ({0} reports waiting, oldest {1} min)" : "antrean laporan agen bertambah ({0} laporan menunggu, tertua {1} menit)", live?.OutboxDepth, live?.OldestUnsentAgeSeconds / 60),
            AlertKind.RouterUnreachable => en ? "router unreachable (reported by the agent)" : "router tidak terjangkau (dilaporkan agen)",
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
        };
    }

    private static string Closed(bool en, AlertKind kind) => kind switch
    {
        AlertKind.Offline => en ? "back online" : "kembali daring",
        _ => en ? $"{Name(en, kind)} back to normal" : $"{Name(en, kind)} kembali normal",
    };

    private static string Name(bool en, AlertKind kind) => kind switch
    {
        AlertKind.Offline => en ? "offline" : "luring",
        AlertKind.RouterRebooted => en ? "router reboot" : "router dinyalakan ulang",
        AlertKind.HighCpu => en ? "router CPU" : "CPU router",
        AlertKind.LowMemory => en ? "router memory" : "memori router",
        AlertKind.BacklogGrowing => en ? "agent backlog" : "antrean laporan agen",
        AlertKind.RouterUnreachable => en ? "router reachability" : "keterjangkauan router",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    private static string Severity(bool en, AlertSeverity severity) => severity switch
    {
        AlertSeverity.Critical => en ? "CRITICAL" : "KRITIS",
        AlertSeverity.Warning => en ? "WARNING" : "PERINGATAN",
        _ => "INFO",
    };
}
