namespace KimHotspot.RouterOs.Hotspot;

/// <summary><c>/ip/hotspot/walled-garden</c>: HTTP-level rules for what unauthenticated clients may reach.</summary>
public sealed class WalledGardenMenu : RowMenu<WalledGardenEntry, WalledGardenRule>
{
    /// <summary>The menu path.</summary>
    public const string Path = "/ip/hotspot/walled-garden";

    /// <summary>Creates the menu over <paramref name="api"/>.</summary>
    public WalledGardenMenu(IRouterOsApi api)
        : base(api, Path, WalledGardenEntry.FromRow, rule => rule.ToFields())
    {
    }
}

/// <summary><c>/ip/hotspot/walled-garden/ip</c>: IP-level rules (needed for an HTTPS portal before login).</summary>
public sealed class WalledGardenIpMenu : RowMenu<WalledGardenIpEntry, WalledGardenIpRule>
{
    /// <summary>The menu path.</summary>
    public const string Path = "/ip/hotspot/walled-garden/ip";

    /// <summary>Creates the menu over <paramref name="api"/>.</summary>
    public WalledGardenIpMenu(IRouterOsApi api)
        : base(api, Path, WalledGardenIpEntry.FromRow, rule => rule.ToFields())
    {
    }
}
