using KimHotspot.Portal.Data;
using KimHotspot.Portal.Features.Members;
using KimHotspot.RouterOs;
using KimHotspot.RouterOs.Hotspot;
using KimHotspot.RouterOs.Values;

namespace KimHotspot.Portal.Features.Admin.Online;

/// <summary>
/// Reads the router's active sessions and joins each one to who it is in the village database (member,
/// voucher, trial); removes one session for "Putuskan". Router trouble never throws out of here.
/// </summary>
public sealed class OnlineSessions(IRouterOsApi api, PortalDb db, TimeProvider time, ILogger<OnlineSessions> logger)
{
    /// <summary>The sessions, joined; <see cref="OnlineList.RouterProblem"/> when the router did not answer.</summary>
    public async Task<OnlineList> ListAsync(CancellationToken cancellationToken)
    {
        IReadOnlyList<HotspotActive> active;
        Dictionary<string, TimeSpan> uptimeLeft;
        try
        {
            active = await api.Hotspot().Active.PrintAsync(cancellationToken: cancellationToken);
            uptimeLeft = active.Any(a => a.SessionTimeLeft is null) ? await UptimeLeftAsync(cancellationToken) : [];
        }
        catch (Exception e) when (RouterFaults.Is(e))
        {
            Log.OnlineRouterTrouble(logger, e.Message);
            return new OnlineList([], RouterProblem: true);
        }

        var names = await OnlineNames.LoadAsync(db, active.Select(a => a.User ?? string.Empty).ToList(), cancellationToken);
        var now = time.GetUtcNow();
        var rows = active.Select(a =>
        {
            string user = a.User ?? string.Empty;
            var who = names.Describe(user, a.MacAddress);
            var uptime = a.Uptime ?? TimeSpan.Zero;
            TimeSpan? left = a.SessionTimeLeft ?? (uptimeLeft.TryGetValue(user, out var l) ? l : null);
            return new OnlineRow(
                a.Id, user, who.Kind, who.Name, who.Detail, Shared.MacMask.Mask(a.MacAddress), a.Address ?? string.Empty,
                uptime, now - uptime, a.BytesIn ?? 0, a.BytesOut ?? 0, left, names.Method(user, a.MacAddress) ?? a.LoginBy ?? string.Empty);
        }).ToList();
        return new OnlineList(rows, RouterProblem: false);
    }

    /// <summary>Removes the active entry <paramref name="id"/>; returns the row it removed, null when it was already gone.</summary>
    /// <exception cref="Router.RouterTroubleException">The router could not be asked.</exception>
    public async Task<HotspotActive?> DisconnectAsync(string id, CancellationToken cancellationToken)
    {
        try
        {
            var all = await api.Hotspot().Active.PrintAsync(cancellationToken: cancellationToken);
            var row = all.FirstOrDefault(a => a.Id == id);
            if (row is null)
            {
                return null;
            }

            await api.Hotspot().Active.RemoveAsync(id, cancellationToken);
            return row;
        }
        catch (RouterOsTrapException e) when (e.IsNoSuchItem)
        {
            return null;
        }
        catch (Exception e) when (RouterFaults.Is(e))
        {
            Log.OnlineDisconnectTrouble(logger, id, e.Message);
            throw new Router.RouterTroubleException(Router.RouterTroubleKind.Unavailable, e.Message, e);
        }
    }

    /// <summary>Time left under each user's limit-uptime (only users that have one), in one small print.</summary>
    private async Task<Dictionary<string, TimeSpan>> UptimeLeftAsync(CancellationToken cancellationToken)
    {
        var response = await api.ExecuteAsync(
            new RouterOsCommand(HotspotUserMenu.Path + "/print").Proplist("name", "uptime", "limit-uptime"), cancellationToken);
        var left = new Dictionary<string, TimeSpan>(StringComparer.Ordinal);
        foreach (var row in response.Rows)
        {
            if (row["name"] is { Length: > 0 } name && RouterOsDuration.Parse(row["limit-uptime"]) is { } limit && limit > TimeSpan.Zero)
            {
                var rest = limit - (RouterOsDuration.Parse(row["uptime"]) ?? TimeSpan.Zero);
                left[name] = rest > TimeSpan.Zero ? rest : TimeSpan.Zero;
            }
        }

        return left;
    }
}
