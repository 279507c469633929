using KimHotspot.Central.Live;
using KimHotspot.Central.Sites;

namespace KimHotspot.Central.Sweeper;

/// <summary>A site's status and the reason for it.</summary>
public readonly record struct StatusVerdict(SiteStatus Status, StatusReason Reason);

/// <summary>The pure rules that turn what Central knows about a site into a <see cref="StatusVerdict"/>.</summary>
public static class StatusRules
{
    /// <summary>
    /// Silence shorter than <see cref="SweeperOptions.MissedReportsForStale"/> report intervals is ONLINE; longer is
    /// STALE; from <see cref="SweeperOptions.OfflineAfter"/> (and never before STALE) it is OFFLINE.
    /// </summary>
    public static StatusVerdict Evaluate(DateTimeOffset now, Site site, SiteLive? live, bool? portalReachable, SweeperOptions options)
    {
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(options);
        if (live is null)
        {
            return new(SiteStatus.Unknown, StatusReason.NeverReported);
        }

        var silence = now - live.LastSeen;
        var staleAfter = StaleAfter(site, options);
        if (silence < staleAfter)
        {
            return new(SiteStatus.Online, OnlineReason(live));
        }

        var status = silence >= options.OfflineAfter ? SiteStatus.Offline : SiteStatus.Stale;
        return new(status, SilentReason(live, portalReachable));
    }

    /// <summary>The silence after which the site is stale: missed reports × its report interval.</summary>
    public static TimeSpan StaleAfter(Site site, SweeperOptions options)
    {
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(options);
        var interval = site.ReportInterval > TimeSpan.Zero ? site.ReportInterval : TimeSpan.FromMinutes(1);
        return interval * options.MissedReportsForStale;
    }

    private static StatusReason OnlineReason(SiteLive live) =>
        live.RouterReachable == false ? StatusReason.RouterUnreachable
        : live.PortalReachable == false ? StatusReason.PortalDown
        : StatusReason.None;

    // The gateway's verdict is fresh; the agent's last word about the router is the next best clue.
    private static StatusReason SilentReason(SiteLive live, bool? portalReachable) => portalReachable switch
    {
        true => StatusReason.AgentSilentPortalReachable,
        _ when live.RouterReachable == false => StatusReason.RouterUnreachable,
        false => StatusReason.AllSilent,
        null => StatusReason.AgentSilent,
    };
}
