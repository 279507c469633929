using KimHotspot.Contracts.Messages;
using KimHotspot.Portal.Data;
using KimHotspot.Portal.Features.Bulletins;
using Microsoft.EntityFrameworkCore;

namespace KimHotspot.Portal.Features.CityBulletins;

/// <summary>What applying one feed changed.</summary>
public sealed record SyncResult(int Added, int Updated, int Withdrawn);

/// <summary>
/// Applies a <see cref="CityBulletinFeed"/> to the village database in one save: new bulletins are added as city-wide
/// (shown to everyone, labelled "Dari Diskominfo", read-only for KIM admins), changed ones overwritten, tombstones
/// archived (and, for a full list, every city-wide bulletin not in it). The save goes through <see cref="PortalDb"/>,
/// so <see cref="ContentChangeInterceptor"/> drops the splash's cached content exactly as an admin's publish does.
/// </summary>
public static class CityBulletinSync
{
    public static async Task<SyncResult> ApplyAsync(PortalDb db, CityBulletinFeed feed, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(feed);
        var held = (await db.Bulletins.Where(b => b.CityWide && b.CentralId != null).ToListAsync(cancellationToken))
            .GroupBy(b => b.CentralId!.Value).ToDictionary(g => g.Key, g => g.OrderBy(b => b.Id).First());
        int added = 0, updated = 0, withdrawn = 0;
        foreach (var item in feed.Bulletins)
        {
            held.TryGetValue(item.Id, out var row);
            if (item.Withdrawn)
            {
                withdrawn += Archive(row, now) ? 1 : 0;
                continue;
            }

            if (row is null)
            {
                row = new Bulletin { CityWide = true, CentralId = item.Id, CreatedAt = item.PublishAt, Audience = BulletinAudience.Everyone };
                db.Bulletins.Add(row);
                held[item.Id] = row;
                added++;
            }
            else if (row.UpdatedAt != item.UpdatedAt || row.ArchivedAt is not null)
            {
                updated++;
            }

            (row.Title, row.Body, row.StartsAt, row.EndsAt) = (item.Title, item.Body, item.PublishAt, item.ExpiresAt);
            (row.UpdatedAt, row.ArchivedAt) = (item.UpdatedAt, null);
        }

        if (feed.Full)
        {
            var listed = feed.Bulletins.Select(b => b.Id).ToHashSet();
            withdrawn += held.Where(kv => !listed.Contains(kv.Key)).Count(kv => Archive(kv.Value, now));
        }

        await db.SaveChangesAsync(cancellationToken);
        return new SyncResult(added, updated, withdrawn);
    }

    private static bool Archive(Bulletin? row, DateTimeOffset now)
    {
        if (row is null || row.ArchivedAt is not null)
        {
            return false;
        }

        row.ArchivedAt = now;
        return true;
    }
}
