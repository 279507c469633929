namespace KimHotspot.RouterOs.Hotspot;

/// <summary><c>/ip/hotspot/user</c>: local hotspot accounts (members, vouchers, trial users).</summary>
public sealed class HotspotUserMenu : NamedRowMenu<HotspotUser>
{
    /// <summary>The menu path.</summary>
    public const string Path = "/ip/hotspot/user";

    /// <summary>Creates the menu over <paramref name="api"/>.</summary>
    public HotspotUserMenu(IRouterOsApi api) : base(api, Path, HotspotUser.FromRow) { }

    /// <summary>Adds a user and returns its new <c>.id</c>.</summary>
    /// <exception cref="ArgumentException"><see cref="HotspotUserSettings.Name"/> is missing.</exception>
    /// <exception cref="RouterOsTrapException">The router refused (e.g. duplicate name, unknown profile).</exception>
    public Task<string> AddAsync(HotspotUserSettings user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentException.ThrowIfNullOrEmpty(user.Name, nameof(user));
        return AddFieldsAsync(user.ToFields(), cancellationToken);
    }

    /// <summary>Changes only the non-null fields of <paramref name="changes"/> on the user <paramref name="id"/>.</summary>
    public Task SetAsync(string id, HotspotUserSettings changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        return SetFieldsAsync(id, changes.ToFields(), cancellationToken);
    }

    /// <summary>
    /// Makes the router hold a user named <see cref="HotspotUserSettings.Name"/> with these fields: adds it, or
    /// sets the fields that differ. Idempotent. A password the router does not print is always re-sent.
    /// </summary>
    public Task<EnsureResult> EnsureAsync(HotspotUserSettings user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        return EnsureFieldsAsync(user.Name, user.ToFields(), cancellationToken);
    }
}
