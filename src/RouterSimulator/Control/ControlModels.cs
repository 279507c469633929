namespace KimHotspot.RouterSimulator.Control;

/// <summary>Body of <c>POST /devices</c>: a phone with this MAC joined the Wi-Fi and got this IP.</summary>
internal sealed record JoinDeviceRequest(string? Mac, string? Ip);

/// <summary>Body of <c>POST /traffic</c>; in = from the client (upload), out = to the client.</summary>
internal sealed record TrafficRequest(string? Mac, long? BytesIn, long? BytesOut);

/// <summary>Body of <c>POST /clock</c>.</summary>
internal sealed record ClockRequest(bool? Synced);

/// <summary>A hotspot session as the control API shows it (durations in whole seconds).</summary>
internal sealed record SessionView(string Id, string User, string Address, string MacAddress, string LoginBy,
    long UptimeSeconds, long BytesIn, long BytesOut, long? SessionTimeLeftSeconds, long? LimitBytesTotal)
{
    public static SessionView From(ActiveInfo a) => new(a.Id, a.User, a.Address, a.MacAddress, a.LoginBy,
        (long)a.Uptime.TotalSeconds, a.BytesIn, a.BytesOut,
        a.SessionTimeLeft is { } left ? (long)left.TotalSeconds : null, a.LimitBytesTotal);
}

/// <summary>What <c>GET /router</c> tells a test or demo about the running simulator.</summary>
internal sealed record RouterView(string Identity, string Version, int ApiPort, int ApiSslPort, string User);
