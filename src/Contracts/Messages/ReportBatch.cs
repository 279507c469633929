namespace KimHotspot.Contracts.Messages;

/// <summary>
/// One upload from a village agent to Central: a batch of reports, all from the same site.
/// </summary>
/// <param name="V">Wire format version; <see cref="CurrentVersion"/> for this contract.</param>
/// <param name="SiteId">The site (Kemendagri village code); must equal the <c>X-Kim-Site</c> header.</param>
/// <param name="Reports">The reports, oldest first.</param>
public sealed record ReportBatch(int V, string SiteId, IReadOnlyList<Report> Reports)
{
    /// <summary>The wire format version written by this contract.</summary>
    public const int CurrentVersion = 1;
}
