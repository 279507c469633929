using KimHotspot.Portal.Features.Bulletins;
using KimHotspot.Portal.Features.Village;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace KimHotspot.Portal.Data;

/// <summary>Drops the in-memory <see cref="PublicContent"/> whenever a save touches bulletins or village settings.</summary>
public sealed class ContentChangeInterceptor(PublicContent content) : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Check(eventData);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Check(eventData);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Check(eventData);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(
        SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Check(eventData);
        return ValueTask.FromResult(result);
    }

    // Invalidate before the save (a reader cannot keep a copy loaded during it) and after it (nor one loaded just before).
    private void Check(DbContextEventData eventData)
    {
        if (eventData.Context?.ChangeTracker.Entries().Any(e =>
                e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted
                && e.Entity is Bulletin or VillageSettings) == true)
        {
            content.Invalidate();
        }
    }
}
