namespace KimHotspot.RouterOs.Hotspot;

/// <summary><c>/ip/hotspot/user/profile</c>: the limits behind each tier (speed, sessions, timeouts).</summary>
public sealed class HotspotUserProfileMenu : NamedRowMenu<HotspotUserProfile>
{
    /// <summary>The menu path.</summary>
    public const string Path = "/ip/hotspot/user/profile";

    /// <summary>Creates the menu over <paramref name="api"/>.</summary>
    public HotspotUserProfileMenu(IRouterOsApi api) : base(api, Path, HotspotUserProfile.FromRow) { }

    /// <summary>Adds a profile and returns its new <c>.id</c>.</summary>
    /// <exception cref="ArgumentException"><see cref="HotspotUserProfileSettings.Name"/> is missing.</exception>
    /// <exception cref="RouterOsTrapException">The router refused (e.g. duplicate name).</exception>
    public Task<string> AddAsync(HotspotUserProfileSettings profile, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentException.ThrowIfNullOrEmpty(profile.Name, nameof(profile));
        return AddFieldsAsync(profile.ToFields(), cancellationToken);
    }

    /// <summary>Changes only the non-null fields of <paramref name="changes"/> on the profile <paramref name="id"/>.</summary>
    public Task SetAsync(string id, HotspotUserProfileSettings changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        return SetFieldsAsync(id, changes.ToFields(), cancellationToken);
    }

    /// <summary>
    /// Makes the router hold a profile named <see cref="HotspotUserProfileSettings.Name"/> with these fields: adds it,
    /// or sets only the fields that differ. Idempotent: the Portal calls it for every tier at start.
    /// </summary>
    public Task<EnsureResult> EnsureAsync(HotspotUserProfileSettings profile, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return EnsureFieldsAsync(profile.Name, profile.ToFields(), cancellationToken);
    }
}
