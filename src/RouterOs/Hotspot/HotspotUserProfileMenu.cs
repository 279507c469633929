namespace KimHotspot.RouterOs.Hotspot;

/// <summary>
/// <c>/ip/hotspot/user/profile</c>: the limits behind each tier (speed, sessions, timeouts). The Portal ensures
/// every tier at start; <see cref="HotspotUserProfileSettings.Name"/> is required for add and ensure.
/// </summary>
public sealed class HotspotUserProfileMenu : NamedRowMenu<HotspotUserProfile, HotspotUserProfileSettings>
{
    /// <summary>The menu path.</summary>
    public const string Path = "/ip/hotspot/user/profile";

    /// <summary>Creates the menu over <paramref name="api"/>.</summary>
    public HotspotUserProfileMenu(IRouterOsApi api)
        : base(api, Path, HotspotUserProfile.FromRow, profile => profile.ToFields(), profile => profile.Name)
    {
    }
}
