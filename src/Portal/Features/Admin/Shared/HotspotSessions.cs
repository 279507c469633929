using KimHotspot.RouterOs;
using KimHotspot.RouterOs.Hotspot;

namespace KimHotspot.Portal.Features.Admin.Shared;

/// <summary>Ending the router's active hotspot sessions of some router users (a blocked member, a revoked voucher).</summary>
public static class HotspotSessions
{
    /// <summary>
    /// Logs out every active session whose user is one of <paramref name="users"/>; returns how many ended. A session
    /// that ended on its own meanwhile is not an error; router trouble throws.
    /// </summary>
    public static async Task<int> EndSessionsOfAsync(this IRouterOsApi api, IReadOnlySet<string> users, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(api);
        ArgumentNullException.ThrowIfNull(users);
        if (users.Count == 0)
        {
            return 0;
        }

        var hotspot = api.Hotspot();
        // One user: the router filters; several: one print of all sessions.
        var active = users.Count == 1
            ? await hotspot.Active.PrintAsync(user: users.First(), cancellationToken: cancellationToken)
            : await hotspot.Active.PrintAsync(cancellationToken: cancellationToken);
        int ended = 0;
        foreach (var session in active.Where(s => s.User is { } u && users.Contains(u)))
        {
            try
            {
                await hotspot.Active.RemoveAsync(session.Id, cancellationToken);
                ended++;
            }
            catch (RouterOsTrapException e) when (e.IsNoSuchItem)
            {
                // Logged out on its own meanwhile.
            }
        }

        return ended;
    }
}
