using KimHotspot.RouterOs.Values;

namespace KimHotspot.RouterOs.Hotspot;

/// <summary>
/// One logged-in session (<c>/ip/hotspot/active</c>, reference §4.2). Absent fields are null. Byte counters are
/// from the router's view: <see cref="BytesIn"/> = received from the client (upload).
/// </summary>
public sealed record HotspotActive
{
    /// <summary>Row id (opaque).</summary>
    public required string Id { get; init; }

    /// <summary>Hotspot server name.</summary>
    public string? Server { get; init; }

    /// <summary>User name (<c>T-…</c> for trial, the MAC for MAC login).</summary>
    public string? User { get; init; }

    /// <summary>Client IPv4 address.</summary>
    public string? Address { get; init; }

    /// <summary>Client MAC, normalised to <c>AA:BB:CC:DD:EE:FF</c>.</summary>
    public string? MacAddress { get; init; }

    /// <summary>How the client logged in (<c>http-chap</c>, <c>trial</c>, …).</summary>
    public string? LoginBy { get; init; }

    /// <summary>Session age.</summary>
    public TimeSpan? Uptime { get; init; }

    /// <summary>Time since the client last sent traffic.</summary>
    public TimeSpan? IdleTime { get; init; }

    /// <summary>Time until the session ends; null when unlimited.</summary>
    public TimeSpan? SessionTimeLeft { get; init; }

    /// <summary>Effective idle timeout; null when none.</summary>
    public TimeSpan? IdleTimeout { get; init; }

    /// <summary>Effective keep-alive timeout; null when none.</summary>
    public TimeSpan? KeepaliveTimeout { get; init; }

    /// <summary>Bytes received from the client (upload).</summary>
    public long? BytesIn { get; init; }

    /// <summary>Bytes sent to the client (download).</summary>
    public long? BytesOut { get; init; }

    /// <summary>Packets received from the client.</summary>
    public long? PacketsIn { get; init; }

    /// <summary>Packets sent to the client.</summary>
    public long? PacketsOut { get; init; }

    /// <summary>Upload byte limit, when one applies.</summary>
    public long? LimitBytesIn { get; init; }

    /// <summary>Download byte limit, when one applies.</summary>
    public long? LimitBytesOut { get; init; }

    /// <summary>Total byte limit, when one applies.</summary>
    public long? LimitBytesTotal { get; init; }

    /// <summary>Authenticated through RADIUS.</summary>
    public bool Radius { get; init; }

    /// <summary>Blocked (e.g. advertisement pending).</summary>
    public bool Blocked { get; init; }

    /// <summary>Reads a row; missing or unparsable fields become null.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="row"/> is null.</exception>
    public static HotspotActive FromRow(RouterOsRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new HotspotActive
        {
            Id = row.Id ?? string.Empty,
            Server = row.Text("server"),
            User = row.Text("user"),
            Address = row.Text("address"),
            MacAddress = row.Mac("mac-address"),
            LoginBy = row.Text("login-by"),
            Uptime = row.Duration("uptime"),
            IdleTime = row.Duration("idle-time"),
            SessionTimeLeft = row.Duration("session-time-left"),
            IdleTimeout = row.Duration("idle-timeout"),
            KeepaliveTimeout = row.Duration("keepalive-timeout"),
            BytesIn = row.Int64("bytes-in"),
            BytesOut = row.Int64("bytes-out"),
            PacketsIn = row.Int64("packets-in"),
            PacketsOut = row.Int64("packets-out"),
            LimitBytesIn = row.Int64("limit-bytes-in"),
            LimitBytesOut = row.Int64("limit-bytes-out"),
            LimitBytesTotal = row.Int64("limit-bytes-total"),
            Radius = row.Flag("radius"),
            Blocked = row.Flag("blocked"),
        };
    }
}
