using KimHotspot.RouterSimulator.Model;

namespace KimHotspot.RouterSimulator.Hotspot;

/// <summary>A device the hotspot sees (/ip/hotspot/host).</summary>
internal sealed class HostRow : Row
{
    public required string Mac { get; init; }

    public required string Address { get; set; }

    public string Server { get; init; } = "hotspot1";

    public long FoundAt { get; init; }

    public long LastSeen { get; set; }

    public long BytesIn { get; set; }

    public long BytesOut { get; set; }

    public long PacketsIn { get; set; }

    public long PacketsOut { get; set; }

    /// <summary>The logged-in session of this host, if any.</summary>
    public SessionRow? Session { get; set; }
}
