namespace KimHotspot.Central.Live;

/// <summary>
/// The live picture of every site: in this process when Central runs alone, in Redis when several nodes share the
/// work (<c>ConnectionStrings:Redis</c>). Both behave the same; only ingest writes, everything else reads.
/// </summary>
public interface ILiveState
{
    /// <summary>Merges newer figures into a site's state (older samples never overwrite newer ones).</summary>
    Task UpdateAsync(SiteLive update, CancellationToken cancellationToken = default);

    /// <summary>One site, or null when it never reported.</summary>
    Task<SiteLive?> GetAsync(string siteId, CancellationToken cancellationToken = default);

    /// <summary>Every site that ever reported.</summary>
    Task<IReadOnlyList<SiteLive>> GetAllAsync(CancellationToken cancellationToken = default);
}
