namespace KimHotspot.RouterOs.Hotspot;

/// <summary>
/// <c>/ip/hotspot/user</c>: local hotspot accounts (members, vouchers, trial users). <see cref="HotspotUserSettings.Name"/>
/// is required for add and ensure.
/// </summary>
public sealed class HotspotUserMenu : NamedRowMenu<HotspotUser, HotspotUserSettings>
{
    /// <summary>The menu path.</summary>
    public const string Path = "/ip/hotspot/user";

    /// <summary>Creates the menu over <paramref name="api"/>.</summary>
    public HotspotUserMenu(IRouterOsApi api)
        : base(api, Path, HotspotUser.FromRow, user => user.ToFields(), user => user.Name)
    {
    }
}
