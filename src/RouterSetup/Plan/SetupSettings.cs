namespace KimHotspot.RouterSetup.Plan;

/// <summary>
/// Everything the plan is built from. Defaults fit a village router after its default configuration with the
/// Wi-Fi interface in <c>bridge</c>; switches or a settings file change them.
/// </summary>
internal sealed record SetupSettings
{
    /// <summary>The stable marker on every row we own (comments and name prefixes).</summary>
    public const string Marker = "kimhotspot";

    /// <summary>The bridge that holds the Wi-Fi interface; the hotspot runs on it.</summary>
    public string Interface { get; init; } = "bridge";

    /// <summary>Hotspot network; the router takes <see cref="Gateway"/>.</summary>
    public string Network { get; init; } = "10.5.50.0/24";

    public string Gateway { get; init; } = "10.5.50.1";

    /// <summary>Addresses handed out by DHCP.</summary>
    public string PoolRanges { get; init; } = "10.5.50.10-10.5.50.254";

    /// <summary>The Portal's base URL as phones see it (https://…); required.</summary>
    public string PortalUrl { get; init; } = string.Empty;

    /// <summary>The Portal box's IPv4 address (walled garden, API access); required.</summary>
    public string PortalAddress { get; init; } = string.Empty;

    /// <summary>The hotspot's DNS name (servlet pages, logout link).</summary>
    public string DnsName { get; init; } = "wifi.kim.internal";

    /// <summary>Hotspot html directory on the router (holds our login.html).</summary>
    public string HtmlDirectory { get; init; } = "kimhotspot";

    public string NtpServers { get; init; } = "0.id.pool.ntp.org,1.id.pool.ntp.org";

    /// <summary>Name of the API user the Portal and the RouterAgent log in as.</summary>
    public string ApiUser { get; init; } = "kimhotspot-api";

    /// <summary>Extra addresses (comma list, CIDR) allowed to use the API besides the Portal box.</summary>
    public string ManageFrom { get; init; } = string.Empty;

    /// <summary>Turn the plain API (8728) off instead of limiting it to the Portal box.</summary>
    public bool DisablePlainApi { get; init; }

    /// <summary>The Portal's host name (from <see cref="PortalUrl"/>).</summary>
    public string PortalHost => new Uri(PortalUrl).Host;

    /// <summary>Prefix length of <see cref="Network"/>.</summary>
    public string PrefixLength => Network[(Network.IndexOf('/') + 1)..];

    /// <summary>Addresses allowed on the API services.</summary>
    public string ApiAddresses => string.IsNullOrWhiteSpace(ManageFrom) ? PortalAddress + "/32" : PortalAddress + "/32," + ManageFrom;

    /// <summary>The RFC 8908 Captive Portal API on the Portal (src/Portal/Features/CaptivePortal).</summary>
    public string CaptiveApiUrl => PortalUrl.TrimEnd('/') + "/api/captive";

    /// <summary>The Portal entry login.html posts the router's variables to (src/Portal/Features/Login).</summary>
    public string PortalEntryUrl => PortalUrl.TrimEnd('/') + "/hs";
}
