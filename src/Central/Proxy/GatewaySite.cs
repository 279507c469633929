namespace KimHotspot.Central.Proxy;

/// <summary>A site the gateway forwards to: its id and its Portal's address over the site VPN.</summary>
/// <param name="SiteId">The site id (Kemendagri village code).</param>
/// <param name="PortalUrl">The Portal's base address, e.g. <c>http://10.8.0.12</c>.</param>
public sealed record GatewaySite(string SiteId, string PortalUrl)
{
    /// <summary>The path prefix of the site on Central, without a trailing slash.</summary>
    public string Prefix => SitePaths.Prefix(SiteId);
}

/// <summary>Central's paths and YARP ids of the gateway.</summary>
public static class SitePaths
{
    /// <summary>Route metadata key carrying a site's prefix (only the gateway's routes have it).</summary>
    public const string PrefixMetadata = "KimHotspot.SitePrefix";

    private const string IdPrefix = "site:";

    /// <summary><c>/sites/{id}/portal</c>.</summary>
    public static string Prefix(string siteId) => "/sites/" + siteId + "/portal";

    /// <summary>The YARP route and cluster id of a site.</summary>
    public static string ClusterId(string siteId) => IdPrefix + siteId;

    /// <summary>The site id of a gateway cluster id; null for any other cluster.</summary>
    public static string? SiteIdOf(string clusterId) =>
        clusterId.StartsWith(IdPrefix, StringComparison.Ordinal) ? clusterId[IdPrefix.Length..] : null;
}
