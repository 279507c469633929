namespace KimHotspot.Portal.Features.Members;

/// <summary>A resident registered with the village KIM. Personal data stays in the village database.</summary>
public sealed class Member
{
    public int Id { get; set; }

    public string FullName { get; set; } = string.Empty;

    /// <summary>Phone number normalised to digits with country code, e.g. "6281234567890".</summary>
    public string Phone { get; set; } = string.Empty;

    /// <summary>Optional login name (lower case), unique when set.</summary>
    public string? Username { get; set; }

    /// <summary>ASP.NET Core Identity password hash.</summary>
    public string PasswordHash { get; set; } = string.Empty;

    /// <summary>RT/RW or dusun.</summary>
    public string Neighbourhood { get; set; } = string.Empty;

    public MemberStatus Status { get; set; }

    public int? TierId { get; set; }

    public Tier? Tier { get; set; }

    public DateTimeOffset? ExpiresAt { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? ApprovedAt { get; set; }

    /// <summary>Last successful login of any of the member's devices.</summary>
    public DateTimeOffset? LastLoginAt { get; set; }

    /// <summary>Version of the privacy notice consented to, and when.</summary>
    public int ConsentVersion { get; set; }

    public DateTimeOffset ConsentAt { get; set; }

    /// <summary>Failed password logins in a row (reset on success).</summary>
    public int FailedLogins { get; set; }

    public DateTimeOffset? LockedUntil { get; set; }

    /// <summary>Name of this member's hotspot user on the router, e.g. "m-42".</summary>
    public string RouterUser { get; set; } = string.Empty;

    /// <summary>Random secret the Portal set as the router-side password (never shown to anyone).</summary>
    public string RouterSecret { get; set; } = string.Empty;

    /// <summary>
    /// Village-local day of the daily-limit baseline below. The router's user counters (uptime,
    /// bytes) are cumulative; at the first login of a day the Portal notes them here and sets the
    /// router's limits to baseline + the tier's daily allowance.
    /// </summary>
    public DateOnly? UsageDay { get; set; }

    /// <summary>The router user's uptime counter at the first login of <see cref="UsageDay"/>.</summary>
    public TimeSpan UsageBaseUptime { get; set; }

    /// <summary>The router user's bytes-in + bytes-out at the first login of <see cref="UsageDay"/>.</summary>
    public long UsageBaseBytes { get; set; }

    public List<RememberedDevice> Devices { get; set; } = [];
}
