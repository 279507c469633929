namespace KimHotspot.RouterSimulator;

/// <summary>A logged-in hotspot session (/ip/hotspot/active).</summary>
public sealed record ActiveInfo(string Id, string User, string Address, string MacAddress, string LoginBy,
    TimeSpan Uptime, long BytesIn, long BytesOut, TimeSpan? SessionTimeLeft, long? LimitBytesTotal);
