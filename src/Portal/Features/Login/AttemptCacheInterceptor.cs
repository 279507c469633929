using KimHotspot.Portal.Data;
using Microsoft.EntityFrameworkCore;

namespace KimHotspot.Portal.Features.Login;

/// <summary>Drops the <see cref="AttemptCache"/> entry of every login attempt a save adds, changes or deletes.</summary>
public sealed class AttemptCacheInterceptor(AttemptCache cache) : SaveWatchInterceptor<string[]>
{
    protected override string[]? Changed(DbContext context)
    {
        var ids = context.ChangeTracker.Entries<LoginAttempt>()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Select(e => e.Entity.Id)
            .ToArray();
        return ids.Length == 0 ? null : ids;
    }

    protected override void Drop(string[] change)
    {
        foreach (var id in change)
        {
            cache.Invalidate(id);
        }
    }
}
