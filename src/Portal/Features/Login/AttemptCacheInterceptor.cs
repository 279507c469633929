using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace KimHotspot.Portal.Features.Login;

/// <summary>
/// Drops the <see cref="AttemptCache"/> entry of every login attempt a save adds, changes or deletes: before the
/// save, and again once it committed (or failed), so no reader keeps a copy read while the save ran.
/// </summary>
public sealed class AttemptCacheInterceptor(AttemptCache cache) : SaveChangesInterceptor
{
    private readonly ConditionalWeakTable<DbContext, string[]> _saving = [];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Before(eventData);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Before(eventData);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        After(eventData);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(
        SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        After(eventData);
        return ValueTask.FromResult(result);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => After(eventData);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        After(eventData);
        return Task.CompletedTask;
    }

    public override void SaveChangesCanceled(DbContextEventData eventData) => After(eventData);

    public override Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default)
    {
        After(eventData);
        return Task.CompletedTask;
    }

    private void Before(DbContextEventData eventData)
    {
        if (eventData.Context is not { } context)
        {
            return;
        }

        var ids = context.ChangeTracker.Entries<LoginAttempt>()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Select(e => e.Entity.Id)
            .ToArray();
        if (ids.Length == 0)
        {
            return;
        }

        foreach (var id in ids)
        {
            cache.Invalidate(id);
        }

        _saving.AddOrUpdate(context, ids);
    }

    private void After(DbContextEventData eventData)
    {
        if (eventData.Context is { } context && _saving.TryGetValue(context, out var ids))
        {
            _saving.Remove(context);
            foreach (var id in ids)
            {
                cache.Invalidate(id);
            }
        }
    }
}
