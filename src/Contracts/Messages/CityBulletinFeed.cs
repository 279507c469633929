namespace KimHotspot.Contracts.Messages;

/// <summary>
/// Central's answer to <c>GET /api/v1/bulletins?since=&lt;cursor&gt;</c> (signed by the site like an upload, over an
/// empty body): the city-wide bulletins for the signing site that changed after <c>since</c>.
/// </summary>
/// <param name="Cursor">Pass as <c>since</c> next time; it is also the <c>ETag</c> (quoted) of this answer.</param>
/// <param name="Full">
/// True when <c>since</c> was 0: <paramref name="Bulletins"/> is every live bulletin for the site, and the Portal
/// withdraws any city-wide bulletin it holds that is not in the list. False: only changes, tombstones included.
/// </param>
/// <param name="Bulletins">The bulletins, oldest change first.</param>
public sealed record CityBulletinFeed(long Cursor, bool Full, IReadOnlyList<CityBulletin> Bulletins)
{
    /// <summary>The endpoint's path on Central.</summary>
    public const string Path = "/api/v1/bulletins";
}
