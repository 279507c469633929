namespace KimHotspot.Central.Sweeper;

/// <summary>How Central sees a site right now, from how recently its agent reported.</summary>
public enum SiteStatus
{
    /// <summary>The site never reported.</summary>
    Unknown = 0,

    /// <summary>Reports arrive on time.</summary>
    Online = 1,

    /// <summary>Several reports in a row are missing (three by default).</summary>
    Stale = 2,

    /// <summary>Silent for longer than the offline limit (15 minutes by default).</summary>
    Offline = 3,
}
