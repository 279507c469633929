using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace KimHotspot.Portal.Data;

/// <summary>
/// Base of the interceptors that keep in-memory copies honest: when a save touches what
/// <see cref="Changed"/> looks for, <see cref="Drop"/> runs before the save (no reader keeps a copy
/// loaded during it) and again once it committed, failed or was cancelled (nor one loaded just before
/// the commit). After a save every entry reads as unchanged, so what changed is remembered per context.
/// A save inside an explicit transaction is not committed when it returns: its changes are dropped once more
/// when the transaction ends (committed or rolled back), or a reader in between could keep the old rows.
/// </summary>
/// <typeparam name="TChange">What a save changed, as <see cref="Drop"/> needs it.</typeparam>
public abstract class SaveWatchInterceptor<TChange> : SaveChangesInterceptor, IDbTransactionInterceptor
    where TChange : class
{
    private readonly ConditionalWeakTable<DbContext, TChange> _saving = [];
    private readonly ConditionalWeakTable<DbContext, List<TChange>> _inTransaction = [];

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

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => TransactionEnded(eventData);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        TransactionEnded(eventData);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => TransactionEnded(eventData);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        TransactionEnded(eventData);
        return Task.CompletedTask;
    }

    public void TransactionFailed(DbTransaction transaction, TransactionErrorEventData eventData) => TransactionEnded(eventData);

    public Task TransactionFailedAsync(DbTransaction transaction, TransactionErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        TransactionEnded(eventData);
        return Task.CompletedTask;
    }

    private void After(DbContextEventData eventData)
    {
        if (eventData.Context is { } context && _saving.TryGetValue(context, out var change))
        {
            _saving.Remove(context);
            Drop(change);
            if (context.Database.CurrentTransaction is not null)
            {
                _inTransaction.GetOrCreateValue(context).Add(change);
            }
        }
    }

    private void TransactionEnded(DbContextEventData eventData)
    {
        if (eventData.Context is { } context && _inTransaction.TryGetValue(context, out var changes))
        {
            _inTransaction.Remove(context);
            foreach (var change in changes)
            {
                Drop(change);
            }
        }
    }
}
