using KimHotspot.Central.Data;
using KimHotspot.Central.Operators;
using Microsoft.EntityFrameworkCore;

namespace KimHotspot.Central.Sites;

/// <summary>
/// Creates, rotates and revokes site keys. A new key's text is returned once (to show the admin) and stored only
/// protected. Each change is audited and the keyring forgets the site's cached keys.
/// </summary>
public sealed class SiteKeyChanges(CentralDb db, SiteKeyring keyring, TimeProvider time)
{
    /// <summary>Grace period of the old key after a rotation when the admin does not choose one.</summary>
    public static readonly TimeSpan DefaultGrace = TimeSpan.FromDays(7);

    /// <summary>Longest grace period an admin may choose.</summary>
    public const int MaxGraceDays = 90;

    /// <summary>The first key of a site (or a new one after all were revoked); null when the site is unknown or still has an active key.</summary>
    public async Task<string?> CreateAsync(string siteId, string actor, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var site = await db.Sites.Include(s => s.Keys).FirstOrDefaultAsync(s => s.Id == siteId, cancellationToken);
        if (site is null || site.Keys.Any(k => k.IsActive(now)))
        {
            return null;
        }

        return await AddKeyAsync(site, "sitekey.create", null, actor, cancellationToken);
    }

    /// <summary>A new key; the keys active now keep working for <paramref name="grace"/> (zero: they stop at once). Null for an unknown site.</summary>
    public async Task<string?> RotateAsync(string siteId, TimeSpan grace, string actor, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(grace, TimeSpan.Zero);
        var now = time.GetUtcNow();
        var site = await db.Sites.Include(s => s.Keys).FirstOrDefaultAsync(s => s.Id == siteId, cancellationToken);
        if (site is null)
        {
            return null;
        }

        var retires = now + grace;
        foreach (var key in site.Keys.Where(k => k.IsActive(now) && (k.RetiresAt is null || k.RetiresAt > retires)))
        {
            key.RetiresAt = retires;
        }

        return await AddKeyAsync(site, "sitekey.rotate", new { GraceDays = grace.TotalDays }, actor, cancellationToken);
    }

    /// <summary>Revokes one key of the site at once; false when there is no such key.</summary>
    public async Task<bool> RevokeAsync(string siteId, int keyId, string actor, CancellationToken cancellationToken)
    {
        var key = await db.SiteKeys.FirstOrDefaultAsync(k => k.Id == keyId && k.SiteId == siteId, cancellationToken);
        if (key is null)
        {
            return false;
        }

        key.RevokedAt ??= time.GetUtcNow();
        OperatorAudit.Add(db, time, actor, "sitekey.revoke", "site:" + siteId, new { Key = keyId });
        await db.SaveChangesAsync(cancellationToken);
        keyring.Forget(siteId);
        return true;
    }

    private async Task<string> AddKeyAsync(Site site, string action, object? details, string actor, CancellationToken cancellationToken)
    {
        var text = SiteKeyText.New();
        site.Keys.Add(new SiteKey { SiteId = site.Id, ProtectedSecret = keyring.Protect(text), CreatedAt = time.GetUtcNow() });
        OperatorAudit.Add(db, time, actor, action, "site:" + site.Id, details);
        await db.SaveChangesAsync(cancellationToken);
        keyring.Forget(site.Id);
        return text;
    }
}
