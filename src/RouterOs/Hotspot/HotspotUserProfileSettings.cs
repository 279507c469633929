using KimHotspot.RouterOs.Values;

namespace KimHotspot.RouterOs.Hotspot;

/// <summary>
/// Fields to write to a <c>/ip/hotspot/user/profile</c> row. Null properties are not sent. For the timeouts,
/// <see cref="Timeout.InfiniteTimeSpan"/> is written as <c>none</c>.
/// </summary>
public sealed record HotspotUserProfileSettings
{
    /// <summary><see cref="SharedUsers"/> value meaning <c>unlimited</c>.</summary>
    public const int UnlimitedSharedUsers = 0;

    /// <summary>Profile name (required for add and ensure).</summary>
    public string? Name { get; init; }

    /// <summary>Rate limit (rx = client upload).</summary>
    public RateLimit? RateLimit { get; init; }

    /// <summary>When true, clears the rate limit (sends an empty <c>rate-limit</c>); overrides <see cref="RateLimit"/>.</summary>
    public bool ClearRateLimit { get; init; }

    /// <summary>Simultaneous sessions per user; <see cref="UnlimitedSharedUsers"/> (0) = <c>unlimited</c>.</summary>
    public int? SharedUsers { get; init; }

    /// <summary>Hard session limit; <see cref="TimeSpan.Zero"/> = none.</summary>
    public TimeSpan? SessionTimeout { get; init; }

    /// <summary>Idle timeout; <see cref="Timeout.InfiniteTimeSpan"/> = none.</summary>
    public TimeSpan? IdleTimeout { get; init; }

    /// <summary>Keep-alive timeout; <see cref="Timeout.InfiniteTimeSpan"/> = none.</summary>
    public TimeSpan? KeepaliveTimeout { get; init; }

    /// <summary>Status page refresh; <see cref="Timeout.InfiniteTimeSpan"/> = none.</summary>
    public TimeSpan? StatusAutorefresh { get; init; }

    /// <summary>Address list for logged-in clients.</summary>
    public string? AddressList { get; init; }

    /// <summary>Add a MAC cookie at login.</summary>
    public bool? AddMacCookie { get; init; }

    /// <summary>MAC cookie lifetime.</summary>
    public TimeSpan? MacCookieTimeout { get; init; }

    internal FieldList ToFields() => new FieldList()
        .Text("name", Name)
        .Rate("rate-limit", RateLimit, ClearRateLimit)
        .Count("shared-users", SharedUsers)
        .Duration("session-timeout", SessionTimeout)
        .Duration("idle-timeout", IdleTimeout)
        .Duration("keepalive-timeout", KeepaliveTimeout)
        .Duration("status-autorefresh", StatusAutorefresh)
        .Text("address-list", AddressList)
        .Bool("add-mac-cookie", AddMacCookie)
        .Duration("mac-cookie-timeout", MacCookieTimeout);
}
