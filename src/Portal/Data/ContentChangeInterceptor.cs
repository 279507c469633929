using System.Runtime.CompilerServices;
using KimHotspot.Portal.Features.Bulletins;
using KimHotspot.Portal.Features.Village;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace KimHotspot.Portal.Data;

/// <summary>
/// Drops the in-memory <see cref="PublicContent"/> whenever a save touches bulletins or village settings:
/// before the save (no reader keeps a copy loaded during it) and again after it (nor one loaded just
/// before the commit). After the save every entry reads as unchanged, so the "before" check is remembered.
/// </summary>
public sealed class ContentChangeInterceptor(PublicContent content) : SaveChangesInterceptor
{
    private readonly ConditionalWeakTable<DbContext, object> _saving = [];

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

    private void Before(DbContextEventData eventData)
    {
        var context = eventData.Context;
        if (context is not null && context.ChangeTracker.Entries().Any(e =>
                e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted
                && e.Entity is Bulletin or VillageSettings))
        {
            _saving.AddOrUpdate(context, this);
            content.Invalidate();
        }
    }

    private void After(DbContextEventData eventData)
    {
        if (eventData.Context is { } context && _saving.Remove(context))
        {
            content.Invalidate();
        }
    }
}
