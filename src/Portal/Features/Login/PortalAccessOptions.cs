namespace KimHotspot.Portal.Features.Login;

/// <summary>Section <c>Portal</c>: how residents reach the Portal and how long a login attempt lives.</summary>
public sealed class PortalAccessOptions
{
    public const string Section = "Portal";

    /// <summary>
    /// True when requests reach the Portal with the resident device's own IP (no NAT or proxy between the
    /// hotspot network and the Portal). Then a login or logout must come from the attempt's IP, and the
    /// RFC 8908 endpoint trusts only the source IP. Default false (the Portal behind the router's NAT).
    /// </summary>
    public bool SeesResidentsDirectly { get; set; }

    /// <summary>How long a login attempt is kept after its last use.</summary>
    public TimeSpan AttemptLifetime { get; set; } = TimeSpan.FromMinutes(30);
}
