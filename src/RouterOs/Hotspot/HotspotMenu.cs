namespace KimHotspot.RouterOs.Hotspot;

/// <summary>
/// Entry point to the typed <c>/ip/hotspot</c> menus: <c>api.Hotspot().Active.PrintAsync()</c>. Works on any
/// <see cref="IRouterOsApi"/> (a single connection or the reconnecting client).
/// </summary>
public static class HotspotApiExtensions
{
    /// <summary>The typed <c>/ip/hotspot</c> menus over <paramref name="api"/>.</summary>
    public static HotspotMenu Hotspot(this IRouterOsApi api) => new(api);
}

/// <summary>The <c>/ip/hotspot</c> sub-menus. Cheap to create; holds no state but the API.</summary>
public sealed class HotspotMenu
{
    /// <summary>Creates the menus over <paramref name="api"/>.</summary>
    public HotspotMenu(IRouterOsApi api)
    {
        ArgumentNullException.ThrowIfNull(api);
        Active = new HotspotActiveMenu(api);
        Users = new HotspotUserMenu(api);
        UserProfiles = new HotspotUserProfileMenu(api);
        Hosts = new HotspotHostMenu(api);
        WalledGarden = new WalledGardenMenu(api);
        WalledGardenIp = new WalledGardenIpMenu(api);
    }

    /// <summary><c>/ip/hotspot/active</c>: logged-in sessions.</summary>
    public HotspotActiveMenu Active { get; }

    /// <summary><c>/ip/hotspot/user</c>: local accounts and vouchers.</summary>
    public HotspotUserMenu Users { get; }

    /// <summary><c>/ip/hotspot/user/profile</c>: limits shared by users (tiers).</summary>
    public HotspotUserProfileMenu UserProfiles { get; }

    /// <summary><c>/ip/hotspot/host</c>: every device the hotspot sees.</summary>
    public HotspotHostMenu Hosts { get; }

    /// <summary><c>/ip/hotspot/walled-garden</c>: HTTP-level allow/deny before login.</summary>
    public WalledGardenMenu WalledGarden { get; }

    /// <summary><c>/ip/hotspot/walled-garden/ip</c>: IP-level allow/deny before login.</summary>
    public WalledGardenIpMenu WalledGardenIp { get; }
}
