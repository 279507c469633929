using KimHotspot.RouterOs.Values;

namespace KimHotspot.RouterOs.Hotspot;

/// <summary><c>/ip/hotspot/walled-garden</c>: HTTP-level rules for what unauthenticated clients may reach.</summary>
public sealed class WalledGardenMenu
{
    /// <summary>The menu path.</summary>
    public const string Path = "/ip/hotspot/walled-garden";

    private readonly IRouterOsApi _api;

    /// <summary>Creates the menu over <paramref name="api"/>.</summary>
    public WalledGardenMenu(IRouterOsApi api) => _api = api ?? throw new ArgumentNullException(nameof(api));

    /// <summary>Lists every rule.</summary>
    public async Task<IReadOnlyList<WalledGardenEntry>> PrintAsync(CancellationToken cancellationToken = default)
    {
        var rows = await MenuCalls.PrintAsync(_api, Path, null, cancellationToken).ConfigureAwait(false);
        return [.. rows.Select(WalledGardenEntry.FromRow)];
    }

    /// <summary>Adds a rule and returns its new <c>.id</c>.</summary>
    public Task<string> AddAsync(WalledGardenRule rule, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return MenuCalls.AddAsync(_api, Path, rule.ToFields(), cancellationToken);
    }

    /// <summary>Removes a rule by id.</summary>
    public Task RemoveAsync(string id, CancellationToken cancellationToken = default) =>
        MenuCalls.RemoveAsync(_api, Path, id, cancellationToken);
}

/// <summary><c>/ip/hotspot/walled-garden/ip</c>: IP-level rules (needed for an HTTPS portal before login).</summary>
public sealed class WalledGardenIpMenu
{
    /// <summary>The menu path.</summary>
    public const string Path = "/ip/hotspot/walled-garden/ip";

    private readonly IRouterOsApi _api;

    /// <summary>Creates the menu over <paramref name="api"/>.</summary>
    public WalledGardenIpMenu(IRouterOsApi api) => _api = api ?? throw new ArgumentNullException(nameof(api));

    /// <summary>Lists every rule.</summary>
    public async Task<IReadOnlyList<WalledGardenIpEntry>> PrintAsync(CancellationToken cancellationToken = default)
    {
        var rows = await MenuCalls.PrintAsync(_api, Path, null, cancellationToken).ConfigureAwait(false);
        return [.. rows.Select(WalledGardenIpEntry.FromRow)];
    }

    /// <summary>Adds a rule and returns its new <c>.id</c>.</summary>
    public Task<string> AddAsync(WalledGardenIpRule rule, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return MenuCalls.AddAsync(_api, Path, rule.ToFields(), cancellationToken);
    }

    /// <summary>Removes a rule by id.</summary>
    public Task RemoveAsync(string id, CancellationToken cancellationToken = default) =>
        MenuCalls.RemoveAsync(_api, Path, id, cancellationToken);
}
