using KimHotspot.RouterOs;
using KimHotspot.RouterOs.Hotspot;

namespace KimHotspot.Portal.Features.Members;

/// <summary>A router hotspot user's cumulative counters (zero when the user does not exist yet).</summary>
public sealed record UsageCounters(TimeSpan Uptime, long Bytes, bool Exists);

/// <summary>Reads the router's cumulative counters of one hotspot user.</summary>
public sealed class RouterUsage(IRouterOsApi api)
{
    /// <summary>Counters of <paramref name="userName"/>. Router trouble throws (see <see cref="RouterFaults"/>).</summary>
    public async Task<UsageCounters> ReadAsync(string userName, CancellationToken cancellationToken)
    {
        var user = await api.Hotspot().Users.FindByNameAsync(userName, cancellationToken);
        return user is null
            ? new UsageCounters(TimeSpan.Zero, 0, Exists: false)
            : new UsageCounters(user.Uptime ?? TimeSpan.Zero, (user.BytesIn ?? 0) + (user.BytesOut ?? 0), Exists: true);
    }

    /// <summary>True when the counters reached the given limits (the router would refuse the login).</summary>
    public static bool Reached(UsageCounters used, TimeSpan? limitUptime, long? limitBytes) =>
        (limitUptime is { } t && t > TimeSpan.Zero && used.Uptime >= t) || (limitBytes is { } b && b > 0 && used.Bytes >= b);
}

/// <summary>Which exceptions mean "the router is unreachable, slow or refused": a message and a retry, not a 500.</summary>
public static class RouterFaults
{
    public static bool Is(Exception ex) =>
        ex is RouterOsException or KimHotspot.Portal.Router.RouterTroubleException or TimeoutException or IOException or System.Net.Sockets.SocketException;
}
