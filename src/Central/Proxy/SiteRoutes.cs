using KimHotspot.Central.Operators;
using Yarp.ReverseProxy.Configuration;
using Yarp.ReverseProxy.Forwarder;
using Yarp.ReverseProxy.Health;

namespace KimHotspot.Central.Proxy;

/// <summary>One YARP route and cluster per site, from the registry (pure: no I/O).</summary>
public static class SiteRoutes
{
    /// <summary>The route of a site: <c>/sites/{id}/portal/{**rest}</c>, signed-in operators only.</summary>
    public static RouteConfig Route(GatewaySite site)
    {
        ArgumentNullException.ThrowIfNull(site);
        return new RouteConfig
        {
            RouteId = SitePaths.ClusterId(site.SiteId),
            ClusterId = SitePaths.ClusterId(site.SiteId),
            AuthorizationPolicy = OperatorPolicies.Operator,
            Match = new RouteMatch { Path = site.Prefix + "/{**rest}" },
            Metadata = new Dictionary<string, string> { [SitePaths.PrefixMetadata] = site.Prefix },
        };
    }

    /// <summary>The cluster of a site: its Portal as the one destination, probed on its health path.</summary>
    public static ClusterConfig Cluster(GatewaySite site, GatewayOptions options)
    {
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(options);
        return new ClusterConfig
        {
            ClusterId = SitePaths.ClusterId(site.SiteId),
            Destinations = new Dictionary<string, DestinationConfig>(StringComparer.Ordinal)
            {
                ["portal"] = new DestinationConfig { Address = site.PortalUrl },
            },
            HealthCheck = new HealthCheckConfig
            {
                // An unhealthy Portal is still tried: the verdict informs operators, it does not lock them out.
                AvailableDestinationsPolicy = HealthCheckConstants.AvailableDestinations.HealthyOrPanic,
                Active = new ActiveHealthCheckConfig
                {
                    Enabled = true,
                    Interval = options.HealthInterval,
                    Timeout = options.HealthTimeout,
                    Policy = VsatHealthPolicy.PolicyName,
                    Path = options.HealthPath,
                },
            },
            HttpRequest = new ForwarderRequestConfig { ActivityTimeout = options.ActivityTimeout },
        };
    }
}
