using KimHotspot.RouterOs.Values;

namespace KimHotspot.RouterOs.Hotspot;

/// <summary>One <c>/ip/hotspot/host</c> row: a device the hotspot has seen (reference §4.3).</summary>
public sealed record HotspotHost
{
    /// <summary>Row id (opaque).</summary>
    public required string Id { get; init; }

    /// <summary>Device MAC, normalised.</summary>
    public string? MacAddress { get; init; }

    /// <summary>Original IP of the device.</summary>
    public string? Address { get; init; }

    /// <summary>Translated IP.</summary>
    public string? ToAddress { get; init; }

    /// <summary>Hotspot server name.</summary>
    public string? Server { get; init; }

    /// <summary>How the host was found.</summary>
    public string? FoundBy { get; init; }

    /// <summary>Time since the host appeared.</summary>
    public TimeSpan? Uptime { get; init; }

    /// <summary>Time since last traffic.</summary>
    public TimeSpan? IdleTime { get; init; }

    /// <summary>Bytes from the device.</summary>
    public long? BytesIn { get; init; }

    /// <summary>Bytes to the device.</summary>
    public long? BytesOut { get; init; }

    /// <summary>Logged in.</summary>
    public bool Authorized { get; init; }

    /// <summary>Let through without login (IP binding).</summary>
    public bool Bypassed { get; init; }

    /// <summary>Dynamic entry.</summary>
    public bool Dynamic { get; init; }

    /// <summary>Reads a row; missing or unparsable fields become null.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="row"/> is null.</exception>
    public static HotspotHost FromRow(RouterOsRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new HotspotHost
        {
            Id = row.Id ?? string.Empty,
            MacAddress = row.Mac("mac-address"),
            Address = row.Text("address"),
            ToAddress = row.Text("to-address"),
            Server = row.Text("server"),
            FoundBy = row.Text("found-by"),
            Uptime = row.Duration("uptime"),
            IdleTime = row.Duration("idle-time"),
            BytesIn = row.Int64("bytes-in"),
            BytesOut = row.Int64("bytes-out"),
            Authorized = row.Flag("authorized"),
            Bypassed = row.Flag("bypassed"),
            Dynamic = row.Flag("dynamic"),
        };
    }
}
