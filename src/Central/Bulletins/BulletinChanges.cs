using KimHotspot.Central.Data;
using KimHotspot.Central.Operators;
using Microsoft.EntityFrameworkCore;

namespace KimHotspot.Central.Bulletins;

/// <summary>
/// Saves a bulletin change: stamps who and when, bumps the revision (edits and withdrawals), takes the next change
/// number and writes an audit entry, all in one save. Two saves racing for the same number: the unique index refuses
/// the second, which takes the next number and tries again.
/// </summary>
public sealed class BulletinChanges(CentralDb db, TimeProvider time, ILogger<BulletinChanges> logger)
{
    private const int Attempts = 3;

    /// <summary>Saves <paramref name="bulletin"/> (new when its id is 0) for <paramref name="actor"/>.</summary>
    public async Task SaveAsync(CityBulletin bulletin, string actor, string action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(bulletin);
        var now = time.GetUtcNow();
        if (bulletin.Id == 0)
        {
            (bulletin.CreatedBy, bulletin.CreatedAt, bulletin.Revision) = (actor, now, 1);
            db.CityBulletins.Add(bulletin);
        }
        else
        {
            bulletin.Revision++;
            bulletin.UpdatedBy = actor;
        }

        bulletin.UpdatedAt = now;
        for (int attempt = 1; ; attempt++)
        {
            bulletin.ChangeSeq = await HeadAsync(db, cancellationToken) + 1;
            if (attempt == 1)
            {
                OperatorAudit.Add(db, time, actor, action, "bulletin", new { bulletin.Title, bulletin.Revision, bulletin.AllSites });
            }

            try
            {
                await db.SaveChangesAsync(cancellationToken);
                Log.BulletinChanged(logger, bulletin.Id, action, actor, bulletin.ChangeSeq);
                return;
            }
            catch (DbUpdateException) when (attempt < Attempts)
            {
                Log.BulletinSeqRace(logger, bulletin.ChangeSeq);
            }
        }
    }

    /// <summary>The latest change number (0 before any bulletin).</summary>
    public static async Task<long> HeadAsync(CentralDb db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await db.CityBulletins.MaxAsync(b => (long?)b.ChangeSeq, cancellationToken) ?? 0;
    }
}
