using KimHotspot.Central.Sweeper;
using Yarp.ReverseProxy;
using Yarp.ReverseProxy.Model;

namespace KimHotspot.Central.Proxy;

/// <summary>
/// The sweeper's second signal, from the gateway's active health checks: Healthy → true, Unhealthy → false,
/// not probed yet, no Portal address, or not a watched site → null.
/// </summary>
public sealed class GatewayReachability(IProxyStateLookup proxy) : IPortalReachability
{
    public bool? IsReachable(string siteId)
    {
        ArgumentNullException.ThrowIfNull(siteId);
        return ToReachable(Verdict(siteId));
    }

    /// <summary>The active health of a site's Portal; Unknown when the gateway has no route for it.</summary>
    public DestinationHealth Verdict(string siteId) =>
        proxy.TryGetCluster(SitePaths.ClusterId(siteId), out var cluster) ? Verdict(cluster) : DestinationHealth.Unknown;

    /// <summary>The verdict of every routed site, by site id.</summary>
    public IReadOnlyDictionary<string, DestinationHealth> All()
    {
        var all = new Dictionary<string, DestinationHealth>(StringComparer.Ordinal);
        foreach (var cluster in proxy.GetClusters())
        {
            if (SitePaths.SiteIdOf(cluster.ClusterId) is { } siteId)
            {
                all[siteId] = Verdict(cluster);
            }
        }

        return all;
    }

    public static bool? ToReachable(DestinationHealth health) => health switch
    {
        DestinationHealth.Healthy => true,
        DestinationHealth.Unhealthy => false,
        _ => null,
    };

    /// <summary>A site's cluster has one destination (its Portal).</summary>
    private static DestinationHealth Verdict(ClusterState cluster) =>
        cluster.Destinations.Values.Select(d => d.Health.Active).FirstOrDefault(DestinationHealth.Unknown);
}
