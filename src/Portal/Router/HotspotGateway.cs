using KimHotspot.Portal.Features.Login;
using KimHotspot.Portal.Features.Members;
using KimHotspot.RouterOs;
using KimHotspot.RouterOs.Hotspot;
using KimHotspot.RouterOs.Values;

namespace KimHotspot.Portal.Router;

/// <summary>
/// Everything the Portal asks of the village router, over the reconnecting RouterOS client:
/// is this (ip, mac) a real hotspot host, make the router's user and profile match a tier,
/// log a device in and out, read its session. Router trouble is a <see cref="RouterTroubleException"/>.
/// </summary>
public sealed class HotspotGateway(IRouterOsApi api, ProfileCache profiles, UserCache users, ILogger<HotspotGateway> logger)
{
    private readonly HotspotMenu _hotspot = api.Hotspot();

    /// <summary>True when the router lists a hotspot host with exactly this ip and mac.</summary>
    public Task<bool> IsHostAsync(string ip, string mac, CancellationToken cancellationToken) =>
        CallAsync("host", async () =>
        {
            var host = await _hotspot.Hosts.FindByAddressAsync(ip, cancellationToken);
            return host is not null && MacAddress.AreEqual(host.MacAddress, mac);
        });

    /// <summary>Makes the router's hotspot user profile named <see cref="Tier.RouterProfile"/> match the tier.</summary>
    public Task EnsureProfileAsync(Tier tier, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tier);
        var rate = RateLimit.TryParse(tier.RateLimit, out var parsed) ? parsed : null;
        var settings = new HotspotUserProfileSettings
        {
            Name = tier.RouterProfile,
            RateLimit = rate,
            ClearRateLimit = rate is null,
            SharedUsers = Math.Max(1, tier.DevicesPerMember),
            SessionTimeout = tier.SessionTimeout ?? TimeSpan.Zero,
        };
        if (profiles.IsFresh(settings))
        {
            return Task.CompletedTask;
        }

        return CallAsync("profile", async () =>
        {
            var result = await _hotspot.UserProfiles.EnsureAsync(settings, cancellationToken);
            profiles.Remember(settings);
            Log.RouterProfileEnsured(logger, tier.RouterProfile, result.Outcome);
            return true;
        });
    }

    /// <summary>
    /// Makes the router's hotspot user match the account (profile, password, cumulative limits). Skipped when the
    /// same settings were ensured recently (<see cref="UserCache"/>); returns false then, true when the router was asked.
    /// </summary>
    public async Task<bool> EnsureUserAsync(RouterAccount account, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(account);
        var settings = new HotspotUserSettings
        {
            Name = account.UserName,
            Password = account.Password,
            Profile = account.Tier.RouterProfile,
            LimitUptime = account.LimitUptime ?? TimeSpan.Zero,
            LimitBytesTotal = account.LimitBytesTotal ?? 0,
            Disabled = false,
        };
        if (users.IsFresh(settings))
        {
            return false;
        }

        return await CallAsync("user", async () =>
        {
            try
            {
                await _hotspot.Users.EnsureAsync(settings, cancellationToken);
            }
            catch (RouterOsTrapException)
            {
                // The profile may have been removed on the router behind our back: ensure it again next time.
                profiles.Forget(account.Tier.RouterProfile);
                users.Forget(account.UserName);
                throw;
            }
            catch (Exception e) when (e is RouterOsException or TimeoutException)
            {
                users.Forget(account.UserName);
                throw;
            }

            users.Remember(settings);
            return true;
        });
    }

    /// <summary>Forgets that <paramref name="user"/> (and its profile) was ensured, so the next login checks the router again.</summary>
    public void ForgetUser(string user, string profile)
    {
        users.Forget(user);
        profiles.Forget(profile);
    }

    /// <summary>Logs the device in as <paramref name="user"/> (<c>/ip/hotspot/active/login</c>).</summary>
    public Task LoginAsync(string user, string password, string ip, string mac, CancellationToken cancellationToken) =>
        CallAsync("login", async () =>
        {
            await _hotspot.Active.LoginAsync(user, password, ip, mac, cancellationToken);
            return true;
        });

    /// <summary>The active session of the device at <paramref name="ip"/>, or null.</summary>
    public Task<HotspotActive?> FindActiveAsync(string ip, CancellationToken cancellationToken) =>
        CallAsync("active", () => _hotspot.Active.FindByAddressAsync(ip, cancellationToken));

    /// <summary>Logs out the session at <paramref name="ip"/> only when it belongs to <paramref name="mac"/>. False when there was none.</summary>
    public Task<bool> LogoutAsync(string ip, string mac, CancellationToken cancellationToken) =>
        CallAsync("logout", async () =>
        {
            var active = await _hotspot.Active.FindByAddressAsync(ip, cancellationToken);
            if (active is null || !MacAddress.AreEqual(active.MacAddress, mac))
            {
                return false;
            }

            try
            {
                await _hotspot.Active.RemoveAsync(active.Id, cancellationToken);
                return true;
            }
            catch (RouterOsTrapException e) when (e.IsNoSuchItem)
            {
                return false;
            }
        });

    private async Task<T> CallAsync<T>(string what, Func<Task<T>> call)
    {
        try
        {
            return await call();
        }
        catch (RouterOsTrapException e)
        {
            Log.RouterRefused(logger, what, e.RouterMessage);
            throw new RouterTroubleException(RouterTroubleKind.Refused, e.Message, e) { RouterMessage = e.RouterMessage };
        }
        catch (RouterOsException e)
        {
            Log.RouterUnavailable(logger, what, e.Message);
            throw new RouterTroubleException(RouterTroubleKind.Unavailable, e.Message, e);
        }
        catch (TimeoutException e)
        {
            Log.RouterUnavailable(logger, what, e.Message);
            throw new RouterTroubleException(RouterTroubleKind.Unavailable, e.Message, e);
        }
    }
}
