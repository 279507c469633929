using KimHotspot.RouterOs.Values;

namespace KimHotspot.RouterOs.Hotspot;

/// <summary>One <c>/ip/hotspot/user</c> row (reference §4.4). Absent fields are null.</summary>
public sealed record HotspotUser
{
    /// <summary>Row id (opaque).</summary>
    public required string Id { get; init; }

    /// <summary>User name.</summary>
    public required string Name { get; init; }

    /// <summary>Password, when the router shows it to this API user.</summary>
    public string? Password { get; init; }

    /// <summary>User profile name.</summary>
    public string? Profile { get; init; }

    /// <summary>Server the user may log in on (<c>all</c> = any).</summary>
    public string? Server { get; init; }

    /// <summary>MAC the login is restricted to (<c>00:00:00:00:00:00</c> = any).</summary>
    public string? MacAddress { get; init; }

    /// <summary>E-mail (informational).</summary>
    public string? Email { get; init; }

    /// <summary>Total online time allowed; zero = none.</summary>
    public TimeSpan? LimitUptime { get; init; }

    /// <summary>Upload byte limit; 0 = none.</summary>
    public long? LimitBytesIn { get; init; }

    /// <summary>Download byte limit; 0 = none.</summary>
    public long? LimitBytesOut { get; init; }

    /// <summary>Total byte limit; 0 = none.</summary>
    public long? LimitBytesTotal { get; init; }

    /// <summary>Accumulated online time.</summary>
    public TimeSpan? Uptime { get; init; }

    /// <summary>Accumulated bytes from the user (upload).</summary>
    public long? BytesIn { get; init; }

    /// <summary>Accumulated bytes to the user (download).</summary>
    public long? BytesOut { get; init; }

    /// <summary>Comment.</summary>
    public string? Comment { get; init; }

    /// <summary>Disabled flag.</summary>
    public bool Disabled { get; init; }

    /// <summary>Dynamic (router-created) flag.</summary>
    public bool Dynamic { get; init; }

    /// <summary>Reads a row; missing or unparsable fields become null.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="row"/> is null.</exception>
    public static HotspotUser FromRow(RouterOsRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new HotspotUser
        {
            Id = row.Id ?? string.Empty,
            Name = row.TextOrEmpty("name"),
            Password = row.Text("password"),
            Profile = row.Text("profile"),
            Server = row.Text("server"),
            MacAddress = row.Mac("mac-address"),
            Email = row.Text("email"),
            LimitUptime = row.Duration("limit-uptime"),
            LimitBytesIn = row.Int64("limit-bytes-in"),
            LimitBytesOut = row.Int64("limit-bytes-out"),
            LimitBytesTotal = row.Int64("limit-bytes-total"),
            Uptime = row.Duration("uptime"),
            BytesIn = row.Int64("bytes-in"),
            BytesOut = row.Int64("bytes-out"),
            Comment = row.Text("comment"),
            Disabled = row.Flag("disabled"),
            Dynamic = row.Flag("dynamic"),
        };
    }
}
