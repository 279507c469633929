using KimHotspot.RouterOs.Values;

namespace KimHotspot.RouterOs.Hotspot;

/// <summary>
/// Fields to write to a <c>/ip/hotspot/user</c> row. Null properties are not sent (left as they are on
/// <c>set</c>, router defaults on <c>add</c>).
/// </summary>
public sealed record HotspotUserSettings
{
    /// <summary>User name (required for add and ensure).</summary>
    public string? Name { get; init; }

    /// <summary>Password (keep ASCII: hotspot CHAP hashes bytes).</summary>
    public string? Password { get; init; }

    /// <summary>User profile name.</summary>
    public string? Profile { get; init; }

    /// <summary>Server name or <c>all</c>.</summary>
    public string? Server { get; init; }

    /// <summary>Restrict login to this MAC (normalised before sending).</summary>
    public string? MacAddress { get; init; }

    /// <summary>E-mail.</summary>
    public string? Email { get; init; }

    /// <summary>Total online time; <see cref="TimeSpan.Zero"/> removes the limit.</summary>
    public TimeSpan? LimitUptime { get; init; }

    /// <summary>Upload byte limit; 0 removes it.</summary>
    public long? LimitBytesIn { get; init; }

    /// <summary>Download byte limit; 0 removes it.</summary>
    public long? LimitBytesOut { get; init; }

    /// <summary>Total byte limit; 0 removes it.</summary>
    public long? LimitBytesTotal { get; init; }

    /// <summary>Comment (e.g. voucher batch).</summary>
    public string? Comment { get; init; }

    /// <summary>Disabled flag.</summary>
    public bool? Disabled { get; init; }

    internal FieldList ToFields() => new FieldList()
        .Text("name", Name)
        .Text("password", Password)
        .Text("profile", Profile)
        .Text("server", Server)
        .Mac("mac-address", MacAddress)
        .Text("email", Email)
        .Duration("limit-uptime", LimitUptime)
        .Number("limit-bytes-in", LimitBytesIn)
        .Number("limit-bytes-out", LimitBytesOut)
        .Number("limit-bytes-total", LimitBytesTotal)
        .Text("comment", Comment)
        .Bool("disabled", Disabled);
}
