using KimHotspot.RouterOs.Values;

namespace KimHotspot.RouterOs.Hotspot;

/// <summary>One <c>/ip/hotspot/user</c> row (reference §4.4). Absent fields are null.</summary>
public sealed record HotspotUser : HotspotUserFields
{
    private HotspotUser(RouterOsRow row)
        : base(row)
    {
    }

    /// <summary>Row id (opaque).</summary>
    public required string Id { get; init; }

    /// <summary>User name.</summary>
    public required string Name { get; init; }

    /// <summary>Accumulated online time.</summary>
    public TimeSpan? Uptime { get; init; }

    /// <summary>Accumulated bytes from the user (upload).</summary>
    public long? BytesIn { get; init; }

    /// <summary>Accumulated bytes to the user (download).</summary>
    public long? BytesOut { get; init; }

    /// <summary>Disabled flag.</summary>
    public bool Disabled { get; init; }

    /// <summary>Dynamic (router-created) flag.</summary>
    public bool Dynamic { get; init; }

    /// <summary>Reads a row; missing or unparsable fields become null.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="row"/> is null.</exception>
    public static HotspotUser FromRow(RouterOsRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new HotspotUser(row)
        {
            Id = row.Id ?? string.Empty,
            Name = row.TextOrEmpty("name"),
            Uptime = row.Duration("uptime"),
            BytesIn = row.Int64("bytes-in"),
            BytesOut = row.Int64("bytes-out"),
            Disabled = row.Flag("disabled"),
            Dynamic = row.Flag("dynamic"),
        };
    }
}
