using KimHotspot.Portal.Data;
using Microsoft.EntityFrameworkCore;

namespace KimHotspot.Portal.Features.Bulletins;

/// <summary>The bulletins residents see now: not archived, inside their schedule, pinned first, newest first.</summary>
public static class BulletinQueries
{
    public const int MaxShown = 20;

    public static async Task<IReadOnlyList<Bulletin>> ActiveAsync(
        PortalDb db, TimeProvider time, bool includeMembers, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(time);
        var now = time.GetUtcNow();
        var query = db.Bulletins.AsNoTracking()
            .Where(b => b.ArchivedAt == null
                && (b.StartsAt == null || b.StartsAt <= now)
                && (b.EndsAt == null || b.EndsAt > now));
        query = includeMembers
            ? query.Where(b => b.Audience == BulletinAudience.Everyone || b.Audience == BulletinAudience.Members)
            : query.Where(b => b.Audience == BulletinAudience.Everyone);
        return await query
            .OrderByDescending(b => b.Pinned)
            .ThenByDescending(b => b.StartsAt ?? b.CreatedAt)
            .ThenByDescending(b => b.Id)
            .Take(MaxShown)
            .ToListAsync(cancellationToken);
    }
}
