namespace KimHotspot.Portal.Features.Login;

/// <summary>
/// One completed login (session history): which router account a device used, how, and when. Kept for the
/// village's retention period, then purged; it holds a MAC, which is personal data.
/// </summary>
public sealed class SessionRecord
{
    public long Id { get; set; }

    public DateTimeOffset At { get; set; }

    /// <summary>"member", "remembered", "voucher" or "trial".</summary>
    public string Method { get; set; } = string.Empty;

    /// <summary>The router-side hotspot user, e.g. "m-42", "v-17", "tr-AA:BB:…".</summary>
    public string RouterUser { get; set; } = string.Empty;

    public string MacAddress { get; set; } = string.Empty;

    public string IpAddress { get; set; } = string.Empty;
}
