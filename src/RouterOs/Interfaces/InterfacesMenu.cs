using System.Runtime.CompilerServices;
using KimHotspot.RouterOs.Values;

namespace KimHotspot.RouterOs.Interfaces;

/// <summary>Entry point to the typed <c>/interface</c> menu: <c>api.Interfaces().PrintAsync()</c>.</summary>
public static class InterfacesApiExtensions
{
    /// <summary>The typed <c>/interface</c> menu over <paramref name="api"/>.</summary>
    public static InterfacesMenu Interfaces(this IRouterOsApi api) => new(api);
}

/// <summary><c>/interface</c>: links, state and traffic counters.</summary>
public sealed class InterfacesMenu
{
    /// <summary>The menu path.</summary>
    public const string Path = "/interface";

    private readonly IRouterOsApi _api;

    /// <summary>Creates the menu over <paramref name="api"/>.</summary>
    public InterfacesMenu(IRouterOsApi api) => _api = api ?? throw new ArgumentNullException(nameof(api));

    /// <summary>Lists every interface with its counters.</summary>
    /// <param name="reference">Date used for short date forms; full dates do not need it.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public Task<IReadOnlyList<RouterInterface>> PrintAsync(DateTime? reference = null, CancellationToken cancellationToken = default) =>
        QueryAsync(null, reference, cancellationToken);

    /// <summary>The interface named <paramref name="name"/>, or null.</summary>
    public async Task<RouterInterface?> FindByNameAsync(string name, DateTime? reference = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        var list = await QueryAsync(c => c.Where("name", name), reference, cancellationToken).ConfigureAwait(false);
        return list.Count > 0 ? list[0] : null;
    }

    /// <summary>Current rates of the named interfaces, one sample each (<c>monitor-traffic =once=</c>).</summary>
    /// <param name="interfaceNames">Interface names, e.g. <c>ether1</c>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public async Task<IReadOnlyList<InterfaceTraffic>> MonitorTrafficOnceAsync(
        IEnumerable<string> interfaceNames, CancellationToken cancellationToken = default)
    {
        var command = MonitorCommand(interfaceNames).Attribute("once", string.Empty);
        var response = await _api.ExecuteAsync(command, cancellationToken).ConfigureAwait(false);
        return [.. response.Rows.Select(InterfaceTraffic.FromRow)];
    }

    /// <summary>
    /// Streams rates of the named interfaces (one row per interface about every second) until
    /// <paramref name="cancellationToken"/> is cancelled, which sends <c>/cancel</c> and ends the stream.
    /// </summary>
    public async IAsyncEnumerable<InterfaceTraffic> MonitorTrafficAsync(
        IEnumerable<string> interfaceNames, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var command = MonitorCommand(interfaceNames);
        await foreach (var row in _api.StreamAsync(command, cancellationToken).ConfigureAwait(false))
        {
            yield return InterfaceTraffic.FromRow(row);
        }
    }

    private static RouterOsCommand MonitorCommand(IEnumerable<string> interfaceNames)
    {
        ArgumentNullException.ThrowIfNull(interfaceNames);
        var names = string.Join(',', interfaceNames);
        ArgumentException.ThrowIfNullOrEmpty(names, nameof(interfaceNames));
        return new RouterOsCommand("/interface/monitor-traffic").Attribute("interface", names);
    }

    private async Task<IReadOnlyList<RouterInterface>> QueryAsync(
        Action<RouterOsCommand>? query, DateTime? reference, CancellationToken cancellationToken)
    {
        var rows = await MenuCalls.PrintAsync(_api, Path, query, cancellationToken).ConfigureAwait(false);
        return [.. rows.Select(r => RouterInterface.FromRow(r, reference))];
    }
}
