using KimHotspot.Portal.Features.Bulletins;

namespace KimHotspot.Portal.Features.Admin.Bulletins;

/// <summary>Where a bulletin is in its life: the list's tabs.</summary>
public enum BulletinTab
{
    /// <summary>Shown to residents now.</summary>
    Live,

    /// <summary>Starts later.</summary>
    Scheduled,

    /// <summary>Its end time has passed.</summary>
    Ended,

    /// <summary>Put away by an admin.</summary>
    Archived,
}

/// <summary>Tab names in URLs and labels (Indonesian resource keys), and the matching queries.</summary>
public static class BulletinTabs
{
    public static readonly IReadOnlyList<BulletinTab> All = [BulletinTab.Live, BulletinTab.Scheduled, BulletinTab.Ended, BulletinTab.Archived];

    public static string Slug(BulletinTab tab) => tab switch
    {
        BulletinTab.Scheduled => "terjadwal",
        BulletinTab.Ended => "selesai",
        BulletinTab.Archived => "arsip",
        _ => "tayang",
    };

    public static BulletinTab Parse(string? slug) => All.FirstOrDefault(t => Slug(t) == slug);

    public static string Label(BulletinTab tab) => tab switch
    {
        BulletinTab.Scheduled => "Terjadwal",
        BulletinTab.Ended => "Selesai",
        BulletinTab.Archived => "Arsip",
        _ => "Tayang sekarang",
    };

    /// <summary>The bulletins in <paramref name="tab"/> at <paramref name="now"/> (translates to SQL).</summary>
    public static IQueryable<Bulletin> Where(IQueryable<Bulletin> bulletins, BulletinTab tab, DateTimeOffset now) => tab switch
    {
        BulletinTab.Scheduled => bulletins.Where(b => b.ArchivedAt == null && b.StartsAt != null && b.StartsAt > now),
        BulletinTab.Ended => bulletins.Where(b => b.ArchivedAt == null && b.EndsAt != null && b.EndsAt <= now
            && (b.StartsAt == null || b.StartsAt <= now)),
        BulletinTab.Archived => bulletins.Where(b => b.ArchivedAt != null),
        _ => bulletins.Where(b => b.ArchivedAt == null && (b.StartsAt == null || b.StartsAt <= now) && (b.EndsAt == null || b.EndsAt > now)),
    };

    /// <summary>The tab one bulletin belongs to at <paramref name="now"/>.</summary>
    public static BulletinTab Of(Bulletin bulletin, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(bulletin);
        if (bulletin.ArchivedAt is not null)
        {
            return BulletinTab.Archived;
        }

        if (bulletin.StartsAt > now)
        {
            return BulletinTab.Scheduled;
        }

        return bulletin.EndsAt <= now ? BulletinTab.Ended : BulletinTab.Live;
    }
}
