using KimHotspot.RouterOs.Values;

namespace KimHotspot.RouterOs.Hotspot;

/// <summary>One <c>/ip/hotspot/walled-garden/ip</c> row: the IP-level rule plus its id and state.</summary>
public sealed record WalledGardenIpEntry : WalledGardenIpRule
{
    private WalledGardenIpEntry(RouterOsRow row)
        : base(row)
    {
    }

    /// <summary>Row id (opaque).</summary>
    public required string Id { get; init; }

    /// <summary>Disabled flag.</summary>
    public bool Disabled { get; init; }

    /// <summary>Invalid flag (e.g. unresolvable host).</summary>
    public bool Invalid { get; init; }

    /// <summary>Reads a row; missing or unparsable fields become null.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="row"/> is null.</exception>
    public static WalledGardenIpEntry FromRow(RouterOsRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new WalledGardenIpEntry(row) { Id = row.Id ?? string.Empty, Disabled = row.Flag("disabled"), Invalid = row.Flag("invalid") };
    }
}
