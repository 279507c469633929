using KimHotspot.RouterOs.Values;

namespace KimHotspot.RouterOs.Hotspot;

/// <summary><c>/ip/hotspot/host</c>: maps a client IP to its MAC before <c>active/login</c>.</summary>
public sealed class HotspotHostMenu
{
    /// <summary>The menu path.</summary>
    public const string Path = "/ip/hotspot/host";

    private readonly IRouterOsApi _api;

    /// <summary>Creates the menu over <paramref name="api"/>.</summary>
    public HotspotHostMenu(IRouterOsApi api) => _api = api ?? throw new ArgumentNullException(nameof(api));

    /// <summary>Lists every host.</summary>
    public Task<IReadOnlyList<HotspotHost>> PrintAsync(CancellationToken cancellationToken = default) =>
        QueryAsync(null, cancellationToken);

    /// <summary>The host with IP <paramref name="address"/>, or null.</summary>
    public async Task<HotspotHost?> FindByAddressAsync(string address, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(address);
        var hosts = await QueryAsync(c => c.Where("address", address), cancellationToken).ConfigureAwait(false);
        return hosts.Count > 0 ? hosts[0] : null;
    }

    /// <summary>The host with MAC <paramref name="macAddress"/> (any common spelling), or null.</summary>
    /// <exception cref="FormatException"><paramref name="macAddress"/> is not a MAC address.</exception>
    public async Task<HotspotHost?> FindByMacAddressAsync(string macAddress, CancellationToken cancellationToken = default)
    {
        var mac = MacAddress.Normalize(macAddress);
        var hosts = await QueryAsync(c => c.Where("mac-address", mac), cancellationToken).ConfigureAwait(false);
        return hosts.Count > 0 ? hosts[0] : null;
    }

    private async Task<IReadOnlyList<HotspotHost>> QueryAsync(Action<RouterOsCommand>? query, CancellationToken cancellationToken)
    {
        var rows = await MenuCalls.PrintAsync(_api, Path, query, cancellationToken).ConfigureAwait(false);
        return [.. rows.Select(HotspotHost.FromRow)];
    }
}
