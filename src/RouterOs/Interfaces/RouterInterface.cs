using KimHotspot.RouterOs.Values;

namespace KimHotspot.RouterOs.Interfaces;

/// <summary>One <c>/interface</c> row with its counters (reference §5.3). Absent fields are null.</summary>
public sealed record RouterInterface
{
    /// <summary>Row id (opaque).</summary>
    public required string Id { get; init; }

    /// <summary>Name, e.g. <c>ether1</c>.</summary>
    public required string Name { get; init; }

    /// <summary>Factory name.</summary>
    public string? DefaultName { get; init; }

    /// <summary>Type: <c>ether</c>, <c>bridge</c>, <c>wlan</c>, <c>wifi</c>, <c>vlan</c>, …</summary>
    public string? Type { get; init; }

    /// <summary>MTU as the router gives it (may be <c>auto</c>).</summary>
    public string? Mtu { get; init; }

    /// <summary>MAC, normalised.</summary>
    public string? MacAddress { get; init; }

    /// <summary>Link up / active.</summary>
    public bool Running { get; init; }

    /// <summary>Disabled.</summary>
    public bool Disabled { get; init; }

    /// <summary>Dynamic.</summary>
    public bool Dynamic { get; init; }

    /// <summary>Bridge/bond member.</summary>
    public bool Slave { get; init; }

    /// <summary>Last time the link came up (router local time).</summary>
    public DateTime? LastLinkUpTime { get; init; }

    /// <summary>Last time the link went down (router local time).</summary>
    public DateTime? LastLinkDownTime { get; init; }

    /// <summary>How often the link went down.</summary>
    public long? LinkDowns { get; init; }

    /// <summary>Bytes received.</summary>
    public long? RxByte { get; init; }

    /// <summary>Bytes sent.</summary>
    public long? TxByte { get; init; }

    /// <summary>Packets received.</summary>
    public long? RxPacket { get; init; }

    /// <summary>Packets sent.</summary>
    public long? TxPacket { get; init; }

    /// <summary>Received packets dropped.</summary>
    public long? RxDrop { get; init; }

    /// <summary>Sent packets dropped.</summary>
    public long? TxDrop { get; init; }

    /// <summary>Receive errors.</summary>
    public long? RxError { get; init; }

    /// <summary>Transmit errors.</summary>
    public long? TxError { get; init; }

    /// <summary>Comment.</summary>
    public string? Comment { get; init; }

    /// <summary>Reads a row; <paramref name="reference"/> is only needed for short date forms.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="row"/> is null.</exception>
    public static RouterInterface FromRow(RouterOsRow row, DateTime? reference = null)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new RouterInterface
        {
            Id = row.Id ?? string.Empty,
            Name = row.TextOrEmpty("name"),
            DefaultName = row.Text("default-name"),
            Type = row.Text("type"),
            Mtu = row.Text("mtu"),
            MacAddress = row.Mac("mac-address"),
            Running = row.Flag("running"),
            Disabled = row.Flag("disabled"),
            Dynamic = row.Flag("dynamic"),
            Slave = row.Flag("slave"),
            LastLinkUpTime = row.Date("last-link-up-time", reference),
            LastLinkDownTime = row.Date("last-link-down-time", reference),
            LinkDowns = row.Int64("link-downs"),
            RxByte = row.Int64("rx-byte"),
            TxByte = row.Int64("tx-byte"),
            RxPacket = row.Int64("rx-packet"),
            TxPacket = row.Int64("tx-packet"),
            RxDrop = row.Int64("rx-drop"),
            TxDrop = row.Int64("tx-drop"),
            RxError = row.Int64("rx-error"),
            TxError = row.Int64("tx-error"),
            Comment = row.Text("comment"),
        };
    }
}
