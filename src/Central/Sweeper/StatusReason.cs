namespace KimHotspot.Central.Sweeper;

/// <summary>Why a site has its status, when Central can tell (see <see cref="StatusReasonText"/> for the words).</summary>
public enum StatusReason
{
    /// <summary>Nothing to explain: the site reports and its router and Portal are fine.</summary>
    None = 0,

    /// <summary>No report ever arrived.</summary>
    NeverReported = 1,

    /// <summary>The agent is silent but the gateway still reaches the village Portal (agent or its upload broken).</summary>
    AgentSilentPortalReachable = 2,

    /// <summary>The agent reports (or last reported) that it cannot reach the router.</summary>
    RouterUnreachable = 3,

    /// <summary>The agent reports that the village Portal does not answer.</summary>
    PortalDown = 4,

    /// <summary>Agent silent and the gateway cannot reach the Portal either: most likely uplink or power.</summary>
    AllSilent = 5,

    /// <summary>The agent is silent and there is no second signal to say why.</summary>
    AgentSilent = 6,
}
