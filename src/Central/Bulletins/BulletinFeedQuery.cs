using KimHotspot.Central.Data;
using KimHotspot.Contracts.Messages;
using Microsoft.EntityFrameworkCore;
using Wire = KimHotspot.Contracts.Messages.CityBulletin;

namespace KimHotspot.Central.Bulletins;

/// <summary>
/// What a site gets from <c>GET /api/v1/bulletins?since=</c>. <c>since=0</c>: every bulletin aimed at the site that is
/// not withdrawn and not expired (a full list). Otherwise: every bulletin changed after <c>since</c>, each either as it
/// is now (aimed at the site, not withdrawn) or as a tombstone (withdrawn, or no longer aimed at this site). The cursor
/// is the newest change number read, so nothing written meanwhile is skipped.
/// </summary>
public static class BulletinFeedQuery
{
    public static async Task<CityBulletinFeed> ForSiteAsync(
        CentralDb db, string siteId, string kecamatan, long since, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var head = await BulletinChanges.HeadAsync(db, cancellationToken);
        var changed = await db.CityBulletins.AsNoTracking()
            .Where(b => b.ChangeSeq > since && b.ChangeSeq <= head)
            .OrderBy(b => b.ChangeSeq)
            .ToListAsync(cancellationToken);
        var full = since == 0;
        var items = full
            ? changed.Where(b => b.WithdrawnAt is null && b.Targets(siteId, kecamatan) && (b.ExpiresAt is null || b.ExpiresAt > now))
                .Select(Live)
            : changed.Select(b => b.WithdrawnAt is null && b.Targets(siteId, kecamatan) ? Live(b) : Tombstone(b));
        return new CityBulletinFeed(head, full, [.. items]);
    }

    /// <summary>The quoted ETag of an answer whose cursor is <paramref name="cursor"/>.</summary>
    public static string ETag(long cursor) => "\"b" + cursor.ToString(System.Globalization.CultureInfo.InvariantCulture) + "\"";

    private static Wire Live(CityBulletin b) =>
        new(b.Id, b.Revision, false, b.Title, b.Body, b.PublishAt, b.ExpiresAt, b.UpdatedAt);

    private static Wire Tombstone(CityBulletin b) =>
        new(b.Id, b.Revision, true, "", "", b.PublishAt, b.ExpiresAt, b.UpdatedAt);
}
