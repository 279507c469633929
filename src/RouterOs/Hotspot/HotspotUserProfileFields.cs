using KimHotspot.RouterOs.Values;

namespace KimHotspot.RouterOs.Hotspot;

/// <summary>
/// The writable fields of a <c>/ip/hotspot/user/profile</c> row (reference §4.5), shared by what print reads back
/// (<see cref="HotspotUserProfile"/>: absent = null) and what add/set/ensure write
/// (<see cref="HotspotUserProfileSettings"/>: null = not sent).
/// </summary>
public abstract record HotspotUserProfileFields
{
    /// <summary>Creates empty fields.</summary>
    private protected HotspotUserProfileFields()
    {
    }

    /// <summary>Reads the fields of a row; absent or unparsable ones stay null.</summary>
    private protected HotspotUserProfileFields(RouterOsRow row)
    {
        RateLimit = row.Rate("rate-limit");
        SessionTimeout = row.Duration("session-timeout");
        IdleTimeout = row.Duration("idle-timeout");
        KeepaliveTimeout = row.Duration("keepalive-timeout");
        StatusAutorefresh = row.Duration("status-autorefresh");
        AddressList = row.Text("address-list");
        AddMacCookie = row.Bool("add-mac-cookie");
        MacCookieTimeout = row.Duration("mac-cookie-timeout");
    }

    /// <summary>Rate limit (rx = client upload); read back as null when none or unparsable.</summary>
    public RateLimit? RateLimit { get; init; }

    /// <summary>Hard session limit; <see cref="TimeSpan.Zero"/> = none.</summary>
    public TimeSpan? SessionTimeout { get; init; }

    /// <summary>Idle timeout for logged-in clients: read back as null when none; write <see cref="Timeout.InfiniteTimeSpan"/> for none.</summary>
    public TimeSpan? IdleTimeout { get; init; }

    /// <summary>Keep-alive timeout: read back as null when none; write <see cref="Timeout.InfiniteTimeSpan"/> for none.</summary>
    public TimeSpan? KeepaliveTimeout { get; init; }

    /// <summary>Status page refresh: read back as null when none; write <see cref="Timeout.InfiniteTimeSpan"/> for none.</summary>
    public TimeSpan? StatusAutorefresh { get; init; }

    /// <summary>Address list the client IP joins while logged in.</summary>
    public string? AddressList { get; init; }

    /// <summary>Whether a MAC cookie is added at login.</summary>
    public bool? AddMacCookie { get; init; }

    /// <summary>MAC cookie lifetime.</summary>
    public TimeSpan? MacCookieTimeout { get; init; }

    /// <summary>Appends the non-null fields from <c>session-timeout</c> on (the rate limit is the caller's).</summary>
    private protected FieldList WriteTo(FieldList fields) => fields
        .Duration("session-timeout", SessionTimeout)
        .Duration("idle-timeout", IdleTimeout)
        .Duration("keepalive-timeout", KeepaliveTimeout)
        .Duration("status-autorefresh", StatusAutorefresh)
        .Text("address-list", AddressList)
        .Bool("add-mac-cookie", AddMacCookie)
        .Duration("mac-cookie-timeout", MacCookieTimeout);
}
