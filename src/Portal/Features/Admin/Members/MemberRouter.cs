using KimHotspot.Portal.Features.Members;
using KimHotspot.Portal.Router;
using KimHotspot.RouterOs;

namespace KimHotspot.Portal.Features.Admin.Members;

/// <summary>
/// Makes the router follow an admin decision about a member. The <see cref="UserCache"/> entry of the member's
/// router user is forgotten before and after, so a later login (after unblocking) really re-enables the user
/// instead of trusting a remembered "enabled" state.
/// </summary>
public sealed class MemberRouter(IRouterOsApi api, UserCache users, ILogger<MemberRouter> logger)
{
    /// <summary>Ends the member's sessions and disables (or removes) the router user; false on router trouble.</summary>
    public async Task<bool> StopAsync(Member member, bool remove, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(member);
        users.Forget(member.RouterUser);
        try
        {
            int ended = await api.StopHotspotUserAsync(member.RouterUser, remove, cancellationToken);
            Log.MemberRouterStopped(logger, member.Id, ended, remove ? "removed" : "disabled");
            return true;
        }
        catch (Exception ex) when (RouterFaults.Is(ex))
        {
            Log.MemberRouterTrouble(logger, ex, member.Id);
            return false;
        }
        finally
        {
            users.Forget(member.RouterUser);
        }
    }

    /// <summary>
    /// Removes the free-trial router users named after these MACs ("tr-AABBCCDDEEFF", personal data on the router) and
    /// their sessions; false on router trouble.
    /// </summary>
    public async Task<bool> RemoveTrialUsersAsync(IEnumerable<string> macs, int memberId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(macs);
        try
        {
            foreach (var user in macs.Select(TrialUser).Distinct(StringComparer.Ordinal))
            {
                users.Forget(user);
                await api.StopHotspotUserAsync(user, remove: true, cancellationToken);
                users.Forget(user);
            }

            return true;
        }
        catch (Exception ex) when (RouterFaults.Is(ex))
        {
            Log.MemberRouterTrouble(logger, ex, memberId);
            return false;
        }
    }

    /// <summary>The trial router user of a MAC, as Features/Trial names it.</summary>
    public static string TrialUser(string mac)
    {
        ArgumentNullException.ThrowIfNull(mac);
        return "tr-" + mac.Replace(":", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
    }

    /// <summary>Forgets the cached router user, so the next login sets it up afresh (enabled, current tier).</summary>
    public void Forget(Member member)
    {
        ArgumentNullException.ThrowIfNull(member);
        users.Forget(member.RouterUser);
    }
}
