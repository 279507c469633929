using KimHotspot.RouterOs.Values;

namespace KimHotspot.RouterOs.Hotspot;

/// <summary>
/// An HTTP-level <c>/ip/hotspot/walled-garden</c> rule (reference §4.7): what add writes (null properties are not
/// sent) and, in <see cref="WalledGardenEntry"/>, what print reads back.
/// </summary>
public record WalledGardenRule
{
    /// <summary>Creates an empty rule.</summary>
    public WalledGardenRule()
    {
    }

    /// <summary>Reads the rule fields of a row; absent fields stay null.</summary>
    private protected WalledGardenRule(RouterOsRow row)
    {
        Action = row.Text("action");
        DstHost = row.Text("dst-host");
        DstPort = row.Text("dst-port");
        Path = row.Text("path");
        Server = row.Text("server");
        SrcAddress = row.Text("src-address");
        Method = row.Text("method");
        Comment = row.Text("comment");
    }

    /// <summary><c>allow</c> (default on the router) or <c>deny</c>.</summary>
    public string? Action { get; init; }

    /// <summary>Host pattern, e.g. <c>portal.example.com</c>, <c>*.example.com</c> (<c>*</c>/<c>?</c> wildcards) or <c>:regex</c>.</summary>
    public string? DstHost { get; init; }

    /// <summary>Destination port.</summary>
    public string? DstPort { get; init; }

    /// <summary>Path pattern.</summary>
    public string? Path { get; init; }

    /// <summary>Hotspot server.</summary>
    public string? Server { get; init; }

    /// <summary>Source address.</summary>
    public string? SrcAddress { get; init; }

    /// <summary>HTTP method.</summary>
    public string? Method { get; init; }

    /// <summary>Comment.</summary>
    public string? Comment { get; init; }

    internal FieldList ToFields() => new FieldList()
        .Text("action", Action).Text("dst-host", DstHost).Text("dst-port", DstPort).Text("path", Path)
        .Text("server", Server).Text("src-address", SrcAddress).Text("method", Method).Text("comment", Comment);
}

/// <summary>
/// An IP-level <c>/ip/hotspot/walled-garden/ip</c> rule, any protocol (reference §4.7): what add writes (null
/// properties are not sent) and, in <see cref="WalledGardenIpEntry"/>, what print reads back.
/// </summary>
public record WalledGardenIpRule
{
    /// <summary>Creates an empty rule.</summary>
    public WalledGardenIpRule()
    {
    }

    /// <summary>Reads the rule fields of a row; absent fields stay null.</summary>
    private protected WalledGardenIpRule(RouterOsRow row)
    {
        Action = row.Text("action");
        DstAddress = row.Text("dst-address");
        DstHost = row.Text("dst-host");
        Protocol = row.Text("protocol");
        DstPort = row.Text("dst-port");
        Server = row.Text("server");
        SrcAddress = row.Text("src-address");
        Comment = row.Text("comment");
    }

    /// <summary><c>accept</c>, <c>drop</c> or <c>reject</c>.</summary>
    public string? Action { get; init; }

    /// <summary>Destination address, e.g. the portal's IP.</summary>
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

    internal FieldList ToFields() => new FieldList()
        .Text("action", Action).Text("dst-address", DstAddress).Text("dst-host", DstHost).Text("protocol", Protocol)
        .Text("dst-port", DstPort).Text("server", Server).Text("src-address", SrcAddress).Text("comment", Comment);
}
