namespace KimHotspot.Central.Sweeper;

/// <summary>
/// Words for <see cref="StatusReason"/> and <see cref="SiteStatus"/>. The Bahasa Indonesia text is the key of
/// <c>IStringLocalizer&lt;SharedResource&gt;</c> (English lives in <c>SharedResource.en.resx</c>), so pages write
/// <c>localizer[StatusReasonText.Key(reason)]</c>.
/// </summary>
public static class StatusReasonText
{
    /// <summary>The Bahasa Indonesia text (the localizer key); empty for <see cref="StatusReason.None"/>.</summary>
    public static string Key(StatusReason reason) => reason switch
    {
        StatusReason.None => "",
        StatusReason.NeverReported => "Belum pernah melapor",
        StatusReason.AgentSilentPortalReachable => "Agen diam, Portal masih terjangkau lewat gateway",
        StatusReason.RouterUnreachable => "Router tidak terjangkau (dilaporkan agen)",
        StatusReason.PortalDown => "Portal tidak menjawab (dilaporkan agen)",
        StatusReason.AllSilent => "Semua diam — uplink atau listrik",
        StatusReason.AgentSilent => "Agen diam, penyebab belum diketahui",
        _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, null),
    };

    /// <summary>The English text (for logs, tests and the resx entry).</summary>
    public static string English(StatusReason reason) => reason switch
    {
        StatusReason.None => "",
        StatusReason.NeverReported => "Never reported",
        StatusReason.AgentSilentPortalReachable => "Agent silent, Portal still reachable through the gateway",
        StatusReason.RouterUnreachable => "Router unreachable (reported by the agent)",
        StatusReason.PortalDown => "Portal not answering (reported by the agent)",
        StatusReason.AllSilent => "Everything silent — uplink or power",
        StatusReason.AgentSilent => "Agent silent, cause not known yet",
        _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, null),
    };

    /// <summary>The Bahasa Indonesia name of a status (the localizer key).</summary>
    public static string Key(SiteStatus status) => status switch
    {
        SiteStatus.Unknown => "Belum diketahui",
        SiteStatus.Online => "Daring",
        SiteStatus.Stale => "Terlambat",
        SiteStatus.Offline => "Luring",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    /// <summary>The English name of a status.</summary>
    public static string English(SiteStatus status) => status switch
    {
        SiteStatus.Unknown => "Unknown",
        SiteStatus.Online => "Online",
        SiteStatus.Stale => "Stale",
        SiteStatus.Offline => "Offline",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };
}
