using KimHotspot.RouterOs.Values;

namespace KimHotspot.RouterOs.Hotspot;

/// <summary>
/// The writable fields of a <c>/ip/hotspot/user</c> row (reference §4.4), shared by what print reads back
/// (<see cref="HotspotUser"/>: absent = null) and what add/set/ensure write (<see cref="HotspotUserSettings"/>:
/// null = not sent).
/// </summary>
public abstract record HotspotUserFields
{
    /// <summary>Creates empty fields.</summary>
    private protected HotspotUserFields()
    {
    }

    /// <summary>Reads the fields of a row; absent or unparsable ones stay null.</summary>
    private protected HotspotUserFields(RouterOsRow row)
    {
        Password = row.Text("password");
        Profile = row.Text("profile");
        Server = row.Text("server");
        MacAddress = row.Mac("mac-address");
        Email = row.Text("email");
        LimitUptime = row.Duration("limit-uptime");
        LimitBytesIn = row.Int64("limit-bytes-in");
        LimitBytesOut = row.Int64("limit-bytes-out");
        LimitBytesTotal = row.Int64("limit-bytes-total");
        Comment = row.Text("comment");
    }

    /// <summary>Password (keep ASCII: hotspot CHAP hashes bytes); print shows it only to API users allowed to see it.</summary>
    public string? Password { get; init; }

    /// <summary>User profile name.</summary>
    public string? Profile { get; init; }

    /// <summary>Server the user may log in on (<c>all</c> = any).</summary>
    public string? Server { get; init; }

    /// <summary>MAC the login is restricted to (<c>00:00:00:00:00:00</c> = any); normalised both ways.</summary>
    public string? MacAddress { get; init; }

    /// <summary>E-mail (informational).</summary>
    public string? Email { get; init; }

    /// <summary>Total online time allowed; <see cref="TimeSpan.Zero"/> = no limit.</summary>
    public TimeSpan? LimitUptime { get; init; }

    /// <summary>Upload byte limit; 0 = none.</summary>
    public long? LimitBytesIn { get; init; }

    /// <summary>Download byte limit; 0 = none.</summary>
    public long? LimitBytesOut { get; init; }

    /// <summary>Total byte limit; 0 = none.</summary>
    public long? LimitBytesTotal { get; init; }

    /// <summary>Comment (e.g. voucher batch).</summary>
    public string? Comment { get; init; }

    /// <summary>Appends the non-null fields, in menu order from <c>password</c> to <c>comment</c>.</summary>
    private protected FieldList WriteTo(FieldList fields) => fields
        .Text("password", Password)
        .Text("profile", Profile)
        .Text("server", Server)
        .Mac("mac-address", MacAddress)
        .Text("email", Email)
        .Duration("limit-uptime", LimitUptime)
        .Number("limit-bytes-in", LimitBytesIn)
        .Number("limit-bytes-out", LimitBytesOut)
        .Number("limit-bytes-total", LimitBytesTotal)
        .Text("comment", Comment);
}
