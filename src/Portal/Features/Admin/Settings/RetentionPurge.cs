using KimHotspot.Portal.Data;
using KimHotspot.Portal.Features.Members;
using KimHotspot.RouterOs;
using KimHotspot.RouterOs.Hotspot;
using Microsoft.EntityFrameworkCore;

namespace KimHotspot.Portal.Features.Admin.Settings;

/// <summary>
/// One retention run over one <see cref="PortalDb"/>. Every delete goes in batches of <see cref="BatchSize"/>
/// rows (each its own short write), so a big table never holds the database's write lock for long.
/// </summary>
internal sealed class RetentionPurge(PortalDb db, IRouterOsApi router, TimeProvider time, ILogger logger)
{
    public const int BatchSize = 500;

    private const int MemberBatch = 100;

    private string? _routerError;
    private int _memberDevices;
    private int _memberSessions;

    public async Task<RetentionCounts> RunAsync(CancellationToken ct)
    {
        var settings = await KimHotspot.Portal.Features.Members.Tiers.SettingsAsync(db, ct);
        var now = time.GetUtcNow();
        var history = now.AddDays(-Math.Max(1, settings.SessionHistoryDays));
        var inactive = now.AddDays(-Math.Max(1, settings.InactiveMemberDays));

        int sessions = await BatchedAsync(db.SessionRecords.Where(s => s.At < history).OrderBy(s => s.Id), ct);
        int trials = await BatchedAsync(db.TrialUsages.Where(u => u.StartedAt < history).OrderBy(u => u.Id), ct);
        int throttles = await BatchedAsync(db.DeviceThrottles
            .Where(d => d.WindowStart < history && (d.LockedUntil == null || d.LockedUntil < history)).OrderBy(d => d.Id), ct);
        int devices = await BatchedAsync(db.RememberedDevices
            .Where(d => d.ExpiresAt < history || (d.RevokedAt != null && d.RevokedAt < history)).OrderBy(d => d.Id), ct);
        var (members, deferred) = await MembersAsync(now, inactive, ct);
        int audits = await BatchedAsync(db.AuditEntries.Where(e => e.At < inactive).OrderBy(e => e.Id), ct);
        return new RetentionCounts(sessions + _memberSessions, trials, throttles, devices + _memberDevices, members, deferred, audits);
    }

    private static async Task<int> BatchedAsync<T>(IQueryable<T> rows, CancellationToken ct)
    {
        int total = 0;
        while (true)
        {
            int deleted = await rows.Take(BatchSize).ExecuteDeleteAsync(ct);
            total += deleted;
            if (deleted < BatchSize)
            {
                return total;
            }

            await Task.Yield(); // let waiting requests take the write lock between batches
        }
    }

    /// <summary>
    /// Rejected, expired or blocked members unseen (last login, else registration) since <paramref name="inactive"/>:
    /// their router user first (best effort), then devices, session history and the member row. A member whose
    /// router user could not be removed is kept for the next run.
    /// </summary>
    private async Task<(int Deleted, int Deferred)> MembersAsync(DateTimeOffset now, DateTimeOffset inactive, CancellationToken ct)
    {
        int deleted = 0, deferred = 0, afterId = 0;
        bool routerDown = false;
        while (true)
        {
            var batch = await db.Members.AsNoTracking()
                .Where(m => m.Id > afterId)
                .Where(m => m.Status == MemberStatus.Rejected || m.Status == MemberStatus.Expired || m.Status == MemberStatus.Blocked
                    || (m.Status == MemberStatus.Active && m.ExpiresAt != null && m.ExpiresAt < now))
                .Where(m => (m.LastLoginAt ?? m.CreatedAt) < inactive)
                .OrderBy(m => m.Id).Take(MemberBatch)
                .Select(m => new { m.Id, m.RouterUser })
                .ToListAsync(ct);
            if (batch.Count == 0)
            {
                if (deferred > 0)
                {
                    Log.RetentionRouterDeferred(logger, deferred, _routerError ?? string.Empty);
                }

                return (deleted, deferred);
            }

            afterId = batch[^1].Id;
            var gone = new List<(int Id, string User)>();
            foreach (var m in batch)
            {
                if (!routerDown && await RemoveRouterUserAsync(m.RouterUser, ct))
                {
                    gone.Add((m.Id, m.RouterUser));
                    continue;
                }

                routerDown = true;
                deferred++;
            }

            var ids = gone.Select(g => g.Id).ToList();
            var users = gone.Select(g => g.User).Where(u => u.Length > 0).ToList();
            _memberDevices += await db.RememberedDevices.Where(d => ids.Contains(d.MemberId)).ExecuteDeleteAsync(ct);
            _memberSessions += await db.SessionRecords.Where(s => users.Contains(s.RouterUser)).ExecuteDeleteAsync(ct);
            deleted += await db.Members.Where(m => ids.Contains(m.Id)).ExecuteDeleteAsync(ct);
        }
    }

    /// <summary>True when the router no longer has the user (removed now, or never there); false when the router failed.</summary>
    private async Task<bool> RemoveRouterUserAsync(string user, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(user))
        {
            return true;
        }

        try
        {
            var row = await router.Hotspot().Users.FindByNameAsync(user, ct);
            if (row is not null)
            {
                await router.Hotspot().Users.RemoveAsync(row.Id, ct);
            }

            return true;
        }
        catch (RouterOsTrapException e) when (e.IsNoSuchItem)
        {
            return true;
        }
        catch (Exception e) when (RouterFaults.Is(e))
        {
            _routerError = e.Message;
            return false;
        }
    }
}
