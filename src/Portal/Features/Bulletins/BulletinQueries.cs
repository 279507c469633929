namespace KimHotspot.Portal.Features.Bulletins;

/// <summary>The bulletins residents see now: not archived, inside their schedule, pinned first, newest first.</summary>
public static class BulletinQueries
{
    public const int MaxShown = 20;

    /// <summary>Filters and orders <paramref name="bulletins"/> (not archived) for the moment <paramref name="now"/>.</summary>
    public static IReadOnlyList<Bulletin> Visible(IEnumerable<Bulletin> bulletins, DateTimeOffset now, bool includeMembers)
    {
        ArgumentNullException.ThrowIfNull(bulletins);
        return bulletins
            .Where(b => b.ArchivedAt == null
                && (b.StartsAt == null || b.StartsAt <= now)
                && (b.EndsAt == null || b.EndsAt > now)
                && (b.Audience == BulletinAudience.Everyone || (includeMembers && b.Audience == BulletinAudience.Members)))
            .OrderByDescending(b => b.Pinned)
            .ThenByDescending(b => b.StartsAt ?? b.CreatedAt)
            .ThenByDescending(b => b.Id)
            .Take(MaxShown)
            .ToList();
    }
}
