using KimHotspot.RouterOs.Values;

namespace KimHotspot.RouterOs.Hotspot;

/// <summary>One <c>/ip/hotspot/walled-garden/ip</c> row: IP-level rule, any protocol (reference §4.7).</summary>
public sealed record WalledGardenIpEntry
{
    /// <summary>Row id (opaque).</summary>
    public required string Id { get; init; }

    /// <summary><c>accept</c>, <c>drop</c> or <c>reject</c>.</summary>
    public string? Action { get; init; }

    /// <summary>Destination address.</summary>
    public string? DstAddress { get; init; }

    /// <summary>Destination host name (resolved by the router).</summary>
    public string? DstHost { get; init; }

    /// <summary>Protocol (<c>tcp</c>, <c>udp</c>, …).</summary>
    public string? Protocol { get; init; }

    /// <summary>Destination port.</summary>
    public string? DstPort { get; init; }

    /// <summary>Hotspot server.</summary>
    public string? Server { get; init; }

    /// <summary>Source address.</summary>
    public string? SrcAddress { get; init; }

    /// <summary>Comment.</summary>
    public string? Comment { get; init; }

    /// <summary>Disabled flag.</summary>
    public bool Disabled { get; init; }

    /// <summary>Invalid flag (e.g. unresolvable host).</summary>
    public bool Invalid { get; init; }

    /// <summary>Reads a row; missing or unparsable fields become null.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="row"/> is null.</exception>
    public static WalledGardenIpEntry FromRow(RouterOsRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new WalledGardenIpEntry
        {
            Id = row.Id ?? string.Empty,
            Action = row.Text("action"),
            DstAddress = row.Text("dst-address"),
            DstHost = row.Text("dst-host"),
            Protocol = row.Text("protocol"),
            DstPort = row.Text("dst-port"),
            Server = row.Text("server"),
            SrcAddress = row.Text("src-address"),
            Comment = row.Text("comment"),
            Disabled = row.Flag("disabled"),
            Invalid = row.Flag("invalid"),
        };
    }
}
