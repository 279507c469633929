namespace KimHotspot.Central.Sweeper;

/// <summary>One site on the status board.</summary>
/// <param name="SiteId">The site.</param>
/// <param name="Status">Its status at the last sweep.</param>
/// <param name="Reason">Why, when Central can tell.</param>
/// <param name="LastSeen">Central's clock when its last batch arrived; null when it never reported.</param>
/// <param name="Since">When the site entered this status (as seen by this node's sweeps).</param>
/// <param name="CheckedAt">The sweep that computed it.</param>
public sealed record SiteStatusEntry(
    string SiteId,
    SiteStatus Status,
    StatusReason Reason,
    DateTimeOffset? LastSeen,
    DateTimeOffset Since,
    DateTimeOffset CheckedAt);
