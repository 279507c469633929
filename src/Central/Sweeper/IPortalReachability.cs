namespace KimHotspot.Central.Sweeper;

/// <summary>
/// The gateway's verdict on a village Portal over the site VPN: a second signal beside the agent's reports.
/// The default knows nothing; the site gateway registers its active health checks instead.
/// </summary>
public interface IPortalReachability
{
    /// <summary>True or false when the gateway checked the site's Portal recently; null when it does not know.</summary>
    bool? IsReachable(string siteId);
}

/// <summary>The default <see cref="IPortalReachability"/>: no gateway, no verdict.</summary>
internal sealed class UnknownPortalReachability : IPortalReachability
{
    public bool? IsReachable(string siteId) => null;
}
