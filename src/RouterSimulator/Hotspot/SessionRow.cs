using KimHotspot.RouterSimulator.Model;

namespace KimHotspot.RouterSimulator.Hotspot;

/// <summary>A logged-in session (/ip/hotspot/active). Timeouts are the profile's, captured at login.</summary>
internal sealed class SessionRow : Row
{
    public required HostRow Host { get; init; }

    /// <summary>The local user, null for trial sessions.</summary>
    public UserRow? User { get; init; }

    public required string UserName { get; init; }

    public required string LoginBy { get; init; }

    public long LoginAt { get; init; }

    public long LastActivity { get; set; }

    public long BytesIn { get; set; }

    public long BytesOut { get; set; }

    public long PacketsIn { get; set; }

    public long PacketsOut { get; set; }

    public TimeSpan? SessionTimeout { get; init; }

    public TimeSpan? IdleTimeout { get; init; }

    public TimeSpan? KeepaliveTimeout { get; init; }
}
