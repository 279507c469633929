using KimHotspot.RouterOs.Values;

namespace KimHotspot.RouterOs.Device;

/// <summary>Entry point to the typed <c>/system</c> menus: <c>api.Device().GetResourceAsync()</c>.</summary>
public static class DeviceApiExtensions
{
    /// <summary>The typed <c>/system</c> menus over <paramref name="api"/>.</summary>
    public static DeviceMenu Device(this IRouterOsApi api) => new(api);
}

/// <summary><c>/system/resource</c>, <c>/system/identity</c>, <c>/system/routerboard</c>, <c>/system/clock</c>.</summary>
public sealed class DeviceMenu
{
    private readonly IRouterOsApi _api;

    /// <summary>Creates the menu over <paramref name="api"/>.</summary>
    public DeviceMenu(IRouterOsApi api) => _api = api ?? throw new ArgumentNullException(nameof(api));

    /// <summary>Reads <c>/system/resource</c> (uptime, version, memory, CPU, disk).</summary>
    /// <param name="reference">Date used for short date forms; full dates do not need it.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public async Task<SystemResource> GetResourceAsync(DateTime? reference = null, CancellationToken cancellationToken = default) =>
        SystemResource.FromRow(await SingleRowAsync("/system/resource", cancellationToken).ConfigureAwait(false), reference);

    /// <summary>Reads the router's name (<c>/system/identity</c>).</summary>
    public async Task<string> GetIdentityAsync(CancellationToken cancellationToken = default) =>
        (await SingleRowAsync("/system/identity", cancellationToken).ConfigureAwait(false)).TextOrEmpty("name");

    /// <summary>Sets the router's name.</summary>
    public async Task SetIdentityAsync(string name, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        await _api.ExecuteAsync(new RouterOsCommand("/system/identity/set").Attribute("name", name), cancellationToken)
            .ConfigureAwait(false);
    }

    /// <summary>
    /// Reads <c>/system/routerboard</c>; null on hardware without it (x86, CHR), where the router answers
    /// "no such command".
    /// </summary>
    public async Task<Routerboard?> GetRouterboardAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            return Routerboard.FromRow(await SingleRowAsync("/system/routerboard", cancellationToken).ConfigureAwait(false));
        }
        catch (RouterOsTrapException e) when (e.IsNoSuchCommand)
        {
            return null;
        }
    }

    /// <summary>Reads <c>/system/clock</c> (local date, time, time zone).</summary>
    public async Task<SystemClock> GetClockAsync(CancellationToken cancellationToken = default) =>
        SystemClock.FromRow(await SingleRowAsync("/system/clock", cancellationToken).ConfigureAwait(false));

    private async Task<RouterOsRow> SingleRowAsync(string menu, CancellationToken cancellationToken)
    {
        var rows = await MenuCalls.PrintAsync(_api, menu, null, cancellationToken).ConfigureAwait(false);
        return rows.Count > 0 ? rows[0] : RouterOsRow.Empty;
    }
}
