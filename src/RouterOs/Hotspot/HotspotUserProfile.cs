using KimHotspot.RouterOs.Values;

namespace KimHotspot.RouterOs.Hotspot;

/// <summary>One <c>/ip/hotspot/user/profile</c> row (reference §4.5). Absent fields are null.</summary>
public sealed record HotspotUserProfile
{
    /// <summary>Row id (opaque).</summary>
    public required string Id { get; init; }

    /// <summary>Profile name (<c>default</c> always exists).</summary>
    public required string Name { get; init; }

    /// <summary>Rate limit; null when none (or unparsable: see <see cref="RateLimitText"/>).</summary>
    public RateLimit? RateLimit { get; init; }

    /// <summary>The raw <c>rate-limit</c> text.</summary>
    public string? RateLimitText { get; init; }

    /// <summary>Simultaneous sessions per user; null when <c>unlimited</c> or absent (see <see cref="SharedUsersUnlimited"/>).</summary>
    public int? SharedUsers { get; init; }

    /// <summary>True when <c>shared-users=unlimited</c>.</summary>
    public bool SharedUsersUnlimited { get; init; }

    /// <summary>Hard session limit; zero or null = none.</summary>
    public TimeSpan? SessionTimeout { get; init; }

    /// <summary>Idle timeout for logged-in clients; null = none.</summary>
    public TimeSpan? IdleTimeout { get; init; }

    /// <summary>Keep-alive timeout; null = none.</summary>
    public TimeSpan? KeepaliveTimeout { get; init; }

    /// <summary>Status page refresh; null = none.</summary>
    public TimeSpan? StatusAutorefresh { get; init; }

    /// <summary>Address list the client IP joins while logged in.</summary>
    public string? AddressList { get; init; }

    /// <summary>Whether a MAC cookie is added at login.</summary>
    public bool? AddMacCookie { get; init; }

    /// <summary>MAC cookie lifetime.</summary>
    public TimeSpan? MacCookieTimeout { get; init; }

    /// <summary>Reads a row; missing or unparsable fields become null.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="row"/> is null.</exception>
    public static HotspotUserProfile FromRow(RouterOsRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var shared = row.Text("shared-users");
        return new HotspotUserProfile
        {
            Id = row.Id ?? string.Empty,
            Name = row.TextOrEmpty("name"),
            RateLimit = row.Rate("rate-limit"),
            RateLimitText = row.Text("rate-limit"),
            SharedUsers = RouterOsNumber.TryParseCountOrUnlimited(shared, out var n) ? n : null,
            SharedUsersUnlimited = string.Equals(shared?.Trim(), "unlimited", StringComparison.OrdinalIgnoreCase),
            SessionTimeout = row.Duration("session-timeout"),
            IdleTimeout = row.Duration("idle-timeout"),
            KeepaliveTimeout = row.Duration("keepalive-timeout"),
            StatusAutorefresh = row.Duration("status-autorefresh"),
            AddressList = row.Text("address-list"),
            AddMacCookie = row.Bool("add-mac-cookie"),
            MacCookieTimeout = row.Duration("mac-cookie-timeout"),
        };
    }
}
