using KimHotspot.RouterOs.Values;

namespace KimHotspot.RouterOs.Hotspot;

/// <summary><c>/ip/hotspot/active</c>: list, log in (server-side, by IP and MAC) and log out sessions.</summary>
public sealed class HotspotActiveMenu
{
    /// <summary>The menu path.</summary>
    public const string Path = "/ip/hotspot/active";

    private readonly IRouterOsApi _api;

    /// <summary>Creates the menu over <paramref name="api"/>.</summary>
    public HotspotActiveMenu(IRouterOsApi api) => _api = api ?? throw new ArgumentNullException(nameof(api));

    /// <summary>Lists sessions, optionally only those matching every given filter.</summary>
    /// <param name="address">Client IPv4 address.</param>
    /// <param name="user">User name.</param>
    /// <param name="macAddress">Client MAC (any common spelling; sent upper-case with colons).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public async Task<IReadOnlyList<HotspotActive>> PrintAsync(
        string? address = null, string? user = null, string? macAddress = null, CancellationToken cancellationToken = default)
    {
        var rows = await MenuCalls.PrintAsync(_api, Path, cmd =>
        {
            if (address is not null)
            {
                cmd.Where("address", address);
            }

            if (user is not null)
            {
                cmd.Where("user", user);
            }

            if (macAddress is not null)
            {
                cmd.Where("mac-address", MacAddress.TryNormalize(macAddress, out var m) ? m : macAddress);
            }
        }, cancellationToken).ConfigureAwait(false);
        return [.. rows.Select(HotspotActive.FromRow)];
    }

    /// <summary>Number of sessions (<c>print =count-only=</c>), without transferring the rows.</summary>
    /// <exception cref="RouterOsException">The router returned no count.</exception>
    public async Task<int> CountAsync(CancellationToken cancellationToken = default)
    {
        var command = new RouterOsCommand(Path + "/print").Attribute("count-only", string.Empty);
        var response = await _api.ExecuteAsync(command, cancellationToken).ConfigureAwait(false);
        return RouterOsNumber.TryParseCountOrUnlimited(response.Ret, out var n) && n is { } count
            ? count
            : throw new RouterOsException($"{Path}/print: no count in '{response.Ret}'.");
    }

    /// <summary>The session of the device at <paramref name="address"/>, or null when it is not logged in.</summary>
    public async Task<HotspotActive?> FindByAddressAsync(string address, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(address);
        var list = await PrintAsync(address: address, cancellationToken: cancellationToken).ConfigureAwait(false);
        return list.Count > 0 ? list[0] : null;
    }

    /// <summary>
    /// Logs a device in from the server side (<c>/ip/hotspot/active/login</c>): the hotspot must already see it as
    /// a host with this IP and MAC.
    /// </summary>
    /// <exception cref="RouterOsTrapException">The router refused (bad credentials, unknown host, limits).</exception>
    /// <exception cref="FormatException"><paramref name="macAddress"/> is not a MAC address.</exception>
    public async Task LoginAsync(string user, string password, string ip, string macAddress, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(user);
        ArgumentNullException.ThrowIfNull(password);
        ArgumentException.ThrowIfNullOrEmpty(ip);
        ArgumentException.ThrowIfNullOrEmpty(macAddress);
        var command = new RouterOsCommand(Path + "/login")
            .Attribute("user", user)
            .Attribute("password", password)
            .Attribute("ip", ip)
            .Attribute("mac-address", MacAddress.Normalize(macAddress));
        await _api.ExecuteAsync(command, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Logs a session out (<c>remove</c>).</summary>
    /// <exception cref="RouterOsTrapException">No such session (<see cref="RouterOsTrapException.IsNoSuchItem"/>).</exception>
    public Task RemoveAsync(string id, CancellationToken cancellationToken = default) =>
        MenuCalls.RemoveAsync(_api, Path, id, cancellationToken);
}
