using KimHotspot.Portal.Features.Admin.Shared;
using KimHotspot.RouterOs;
using KimHotspot.RouterOs.Hotspot;

namespace KimHotspot.Portal.Features.Admin.Members;

/// <summary>Router side of blocking or deleting a member: the hotspot user stops working and its sessions end.</summary>
public static class HotspotUserStop
{
    /// <summary>
    /// Disables (or removes) the router's hotspot user <paramref name="user"/> first, so no device gets straight back in,
    /// then logs out every active session of that user. Returns the number of sessions ended. Router trouble throws.
    /// </summary>
    public static async Task<int> StopHotspotUserAsync(this IRouterOsApi api, string user, bool remove, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(api);
        ArgumentException.ThrowIfNullOrEmpty(user);
        var hotspot = api.Hotspot();
        var row = await hotspot.Users.FindByNameAsync(user, cancellationToken);
        if (row is not null)
        {
            try
            {
                if (remove)
                {
                    await hotspot.Users.RemoveAsync(row.Id, cancellationToken);
                }
                else if (!row.Disabled)
                {
                    await hotspot.Users.SetAsync(row.Id, new HotspotUserSettings { Disabled = true }, cancellationToken);
                }
            }
            catch (RouterOsTrapException e) when (e.IsNoSuchItem)
            {
                // removed meanwhile: nothing left to stop
            }
        }

        return await api.EndSessionsOfAsync(new HashSet<string>(StringComparer.Ordinal) { user }, cancellationToken);
    }
}
