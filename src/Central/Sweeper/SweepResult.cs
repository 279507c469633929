using KimHotspot.Central.Live;
using KimHotspot.Central.Sites;

namespace KimHotspot.Central.Sweeper;

/// <summary>One site in one sweep.</summary>
/// <param name="Site">The registry entry.</param>
/// <param name="Live">Its live state, null when it never reported.</param>
/// <param name="Status">The status computed by this sweep.</param>
/// <param name="Previous">The status at the sweep before; null at this node's first sight of the site.</param>
public sealed record SiteSweep(Site Site, SiteLive? Live, SiteStatusEntry Status, SiteStatus? Previous)
{
    /// <summary>True when the status differs from the previous sweep's.</summary>
    public bool Changed => Previous is { } previous && previous != Status.Status;
}

/// <summary>What one sweep found, handed to every <see cref="ISweepListener"/>.</summary>
public sealed record SweepResult(DateTimeOffset At, IReadOnlyList<SiteSweep> Sites)
{
    /// <summary>The sites whose status changed in this sweep.</summary>
    public IEnumerable<SiteSweep> Transitions => Sites.Where(s => s.Changed);
}

/// <summary>Told about every sweep (alerts, metrics, live dashboard updates). Must not throw for one bad site.</summary>
public interface ISweepListener
{
    Task OnSweptAsync(SweepResult sweep, CancellationToken cancellationToken);
}
