using System.Collections.Concurrent;
using System.Text;
using KimHotspot.Central.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;

namespace KimHotspot.Central.Sites;

/// <summary>
/// The keys a site may sign with right now (usually one; two during a rotation), read from the registry and kept
/// for a short while so ingest does not hit the database per batch. <see cref="Forget"/> after any key change on
/// this node; other nodes see it within <see cref="CacheFor"/>.
/// </summary>
public sealed class SiteKeyring(IServiceScopeFactory scopes, IDataProtectionProvider protection, TimeProvider time)
{
    public const string Purpose = "KimHotspot.Central.SiteKeys";
    public static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(30);

    private readonly IDataProtector _protector = protection.CreateProtector(Purpose);
    private readonly ConcurrentDictionary<string, (DateTimeOffset Until, IReadOnlyList<byte[]> Keys)> _cache = new(StringComparer.Ordinal);

    /// <summary>Protects a new key's text for storage.</summary>
    public string Protect(string keyText) => _protector.Protect(keyText);

    /// <summary>The key's text again (to show it once, or to sign with it in tests).</summary>
    public string Unprotect(string protectedSecret) => _protector.Unprotect(protectedSecret);

    /// <summary>The active keys (UTF-8 bytes of the key text) of a site; empty when unknown, archived or all revoked.</summary>
    public async Task<IReadOnlyList<byte[]>> ActiveKeysAsync(string siteId, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        if (_cache.TryGetValue(siteId, out var cached) && cached.Until > now)
        {
            return cached.Keys;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CentralDb>();
        var rows = await db.SiteKeys.AsNoTracking()
            .Where(k => k.SiteId == siteId && k.RevokedAt == null)
            .Join(db.Sites.Where(s => !s.Archived), k => k.SiteId, s => s.Id, (k, _) => k)
            .ToListAsync(cancellationToken);
        var keys = rows.Where(k => k.IsActive(now))
            .OrderByDescending(k => k.CreatedAt)
            .Select(k => Encoding.UTF8.GetBytes(_protector.Unprotect(k.ProtectedSecret)))
            .ToList();
        if (keys.Count == 0)
        {
            return keys; // unknown, archived or revoked: not cached, so made-up site ids cannot grow the cache
        }

        var until = rows.Select(k => k.RetiresAt).OfType<DateTimeOffset>().Where(r => r > now).Append(now + CacheFor).Min();
        _cache[siteId] = (until, keys);
        return keys;
    }

    /// <summary>Drops the cached keys of a site (after create, rotate, revoke, archive).</summary>
    public void Forget(string siteId) => _cache.TryRemove(siteId, out _);
}
