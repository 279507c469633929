using KimHotspot.Portal.Data;
using KimHotspot.Portal.Features.Village;
using Microsoft.EntityFrameworkCore;

namespace KimHotspot.Portal.Features.Bulletins;

/// <summary>
/// What every resident page shows, the village's names and its bulletins, kept in memory: a splash
/// view costs no database query. Any save of a bulletin or of the village settings (through any
/// <see cref="PortalDb"/>) drops the copy (<see cref="ContentChangeInterceptor"/>), so a published
/// bulletin shows at once; schedules are applied at each request, so start and end times need no reload.
/// </summary>
public sealed class PublicContent(IServiceScopeFactory scopes, TimeProvider time)
{
    /// <summary>Bulletins held in memory at most (newest first); more than a splash ever shows.</summary>
    public const int MaxHeld = 200;

    private Snapshot? _snapshot;
    private long _version;

    /// <summary>Goes up by one at every change of the village settings or the bulletins.</summary>
    public long Version => Interlocked.Read(ref _version);

    /// <summary>Forgets the copy; the next read loads it again.</summary>
    public void Invalidate()
    {
        Interlocked.Increment(ref _version);
        Volatile.Write(ref _snapshot, null);
    }

    /// <summary>The village settings (defaults before the first row exists).</summary>
    public async ValueTask<VillageSettings> VillageAsync(CancellationToken cancellationToken) =>
        (await GetAsync(cancellationToken)).Village;

    /// <summary>Bulletins to show now: in schedule, pinned first, newest first.</summary>
    public async ValueTask<IReadOnlyList<Bulletin>> BulletinsAsync(bool includeMembers, CancellationToken cancellationToken)
    {
        var snapshot = await GetAsync(cancellationToken);
        return BulletinQueries.Visible(snapshot.Bulletins, time.GetUtcNow(), includeMembers);
    }

    private async ValueTask<Snapshot> GetAsync(CancellationToken cancellationToken)
    {
        var current = Volatile.Read(ref _snapshot);
        if (current is not null)
        {
            return current;
        }

        long version = Interlocked.Read(ref _version);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDb>();
        var village = await db.Village.AsNoTracking().OrderBy(v => v.Id).FirstOrDefaultAsync(cancellationToken) ?? new VillageSettings();
        var bulletins = await db.Bulletins.AsNoTracking()
            .Where(b => b.ArchivedAt == null)
            .OrderByDescending(b => b.Id)
            .Take(MaxHeld)
            .ToListAsync(cancellationToken);
        var loaded = new Snapshot(village, bulletins);

        // Keep it only if nothing was saved while loading; otherwise the next read loads again.
        if (Interlocked.Read(ref _version) == version)
        {
            Interlocked.CompareExchange(ref _snapshot, loaded, null);
        }

        return loaded;
    }

    private sealed record Snapshot(VillageSettings Village, IReadOnlyList<Bulletin> Bulletins);
}
