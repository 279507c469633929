using KimHotspot.RouterOs.Values;

namespace KimHotspot.RouterOs.Hotspot;

/// <summary>A new <c>/ip/hotspot/walled-garden</c> rule. Null properties are not sent.</summary>
public sealed record WalledGardenRule
{
    /// <summary><c>allow</c> (default on the router) or <c>deny</c>.</summary>
    public string? Action { get; init; }

    /// <summary>Host pattern, e.g. <c>portal.example.com</c> or <c>*.example.com</c>.</summary>
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

/// <summary>A new <c>/ip/hotspot/walled-garden/ip</c> rule. Null properties are not sent.</summary>
public sealed record WalledGardenIpRule
{
    /// <summary><c>accept</c>, <c>drop</c> or <c>reject</c>.</summary>
    public string? Action { get; init; }

    /// <summary>Destination address, e.g. the portal's IP.</summary>
    public string? DstAddress { get; init; }

    /// <summary>Destination host name (resolved by the router).</summary>
    public string? DstHost { get; init; }

    /// <summary>Protocol.</summary>
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
