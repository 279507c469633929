namespace KimHotspot.Portal.Features.Members;

/// <summary>
/// An access tier: what the router enforces for members and vouchers of this tier, mirrored into a
/// RouterOS hotspot user profile named <see cref="RouterProfile"/>.
/// </summary>
public sealed class Tier
{
    public int Id { get; set; }

    /// <summary>Display name, e.g. "Anggota", "Terbatas", "Voucher 1 jam".</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>Name of the router's hotspot user profile, e.g. "kim-anggota".</summary>
    public string RouterProfile { get; set; } = string.Empty;

    /// <summary>RouterOS rate-limit text in the router's view (rx = upload), e.g. "1M/2M".</summary>
    public string? RateLimit { get; set; }

    /// <summary>Hard logout after this long online in one session.</summary>
    public TimeSpan? SessionTimeout { get; set; }

    /// <summary>Online time allowed per day.</summary>
    public TimeSpan? DailyTimeLimit { get; set; }

    /// <summary>Bytes (in + out) allowed per day.</summary>
    public long? DailyDataLimitBytes { get; set; }

    /// <summary>Devices a member (or a voucher) may have online at once.</summary>
    public int DevicesPerMember { get; set; } = 1;
}
