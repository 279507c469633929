using KimHotspot.Central.Bulletins;
using KimHotspot.Central.Data;
using KimHotspot.Central.History;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace KimHotspot.Central.Features.Bulletins;

/// <summary><c>/pengumuman</c> (every operator): city-wide bulletins, newest first, with their state and audience.</summary>
public sealed class IndexModel(CentralDb db, TimeBuckets buckets, TimeProvider time) : PageModel
{
    public IReadOnlyList<CityBulletin> Bulletins { get; private set; } = [];

    public IReadOnlyDictionary<string, string> SiteNames { get; private set; } = new Dictionary<string, string>();

    public DateTimeOffset Now { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Now = time.GetUtcNow();
        Bulletins = await db.CityBulletins.AsNoTracking().OrderByDescending(b => b.Id).Take(500).ToListAsync(cancellationToken);
        SiteNames = await db.Sites.AsNoTracking().ToDictionaryAsync(s => s.Id, s => s.Name, StringComparer.Ordinal, cancellationToken);
    }

    /// <summary>The localizer key of the bulletin's state now.</summary>
    public string State(CityBulletin b)
    {
        ArgumentNullException.ThrowIfNull(b);
        return b.WithdrawnAt is not null ? "Ditarik"
            : b.ExpiresAt is { } e && e <= Now ? "Berakhir"
            : b.PublishAt > Now ? "Terjadwal"
            : "Tayang";
    }

    public string Local(DateTimeOffset at) => BulletinForm.Local(at, buckets.Zone).Replace('T', ' ');

    public string Audience(CityBulletin b)
    {
        ArgumentNullException.ThrowIfNull(b);
        return string.Join(", ", b.Kecamatans.Concat(b.SiteIds.Select(id => SiteNames.GetValueOrDefault(id, id))));
    }
}
