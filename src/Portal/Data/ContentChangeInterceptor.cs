using KimHotspot.Portal.Features.Bulletins;
using KimHotspot.Portal.Features.Village;
using Microsoft.EntityFrameworkCore;

namespace KimHotspot.Portal.Data;

/// <summary>Drops the in-memory <see cref="PublicContent"/> whenever a save touches bulletins or village settings.</summary>
public sealed class ContentChangeInterceptor(PublicContent content) : SaveWatchInterceptor<object>
{
    private static readonly object ContentChanged = new();

    protected override object? Changed(DbContext context) =>
        context.ChangeTracker.Entries().Any(e =>
            e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted
            && e.Entity is Bulletin or VillageSettings)
            ? ContentChanged
            : null;

    protected override void Drop(object change) => content.Invalidate();
}
