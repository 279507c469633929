using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace KimHotspot.Portal.Data;

/// <summary>
/// Base of the interceptors that keep in-memory copies honest: when a save touches what
/// <see cref="Changed"/> looks for, <see cref="Drop"/> runs before the save (no reader keeps a copy
/// loaded during it) and again once it committed, failed or was cancelled (nor one loaded just before
/// the commit). After a save every entry reads as unchanged, so what changed is remembered per context.
/// </summary>
/// <typeparam name="TChange">What a save changed, as <see cref="Drop"/> needs it.</typeparam>
public abstract class SaveWatchInterceptor<TChange> : SaveChangesInterceptor
    where TChange : class
{
    private readonly ConditionalWeakTable<DbContext, TChange> _saving = [];

    /// <summary>What this save changes that a copy depends on, or null when nothing.</summary>
    protected abstract TChange? Changed(DbContext context);

    /// <summary>Forgets the copies that depend on <paramref name="change"/>.</summary>
    protected abstract void Drop(TChange change);

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
        if (eventData.Context is { } context && Changed(context) is { } change)
        {
            Drop(change);
            _saving.AddOrUpdate(context, change);
        }
    }

    private void After(DbContextEventData eventData)
    {
        if (eventData.Context is { } context && _saving.TryGetValue(context, out var change))
        {
            _saving.Remove(context);
            Drop(change);
        }
    }
}
