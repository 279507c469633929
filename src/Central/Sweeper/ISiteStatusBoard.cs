namespace KimHotspot.Central.Sweeper;

/// <summary>The current status of every watched (not archived) site, as of the last sweep.</summary>
public interface ISiteStatusBoard
{
    /// <summary>Every watched site, ordered by site id.</summary>
    IReadOnlyList<SiteStatusEntry> GetAll();

    /// <summary>One site, or null when it is not watched (unknown id, archived, or no sweep yet).</summary>
    SiteStatusEntry? Get(string siteId);
}
