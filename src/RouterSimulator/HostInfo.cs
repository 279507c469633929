namespace KimHotspot.RouterSimulator;

/// <summary>A device the hotspot has seen (/ip/hotspot/host).</summary>
public sealed record HostInfo(string MacAddress, string Address, string Server, bool Authorized);
