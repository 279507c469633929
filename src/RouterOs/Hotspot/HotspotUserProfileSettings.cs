using KimHotspot.RouterOs.Values;

namespace KimHotspot.RouterOs.Hotspot;

/// <summary>
/// Fields to write to a <c>/ip/hotspot/user/profile</c> row. Null properties are not sent. For the timeouts,
/// <see cref="Timeout.InfiniteTimeSpan"/> is written as <c>none</c>.
/// </summary>
public sealed record HotspotUserProfileSettings : HotspotUserProfileFields
{
    /// <summary><see cref="SharedUsers"/> value meaning <c>unlimited</c>.</summary>
    public const int UnlimitedSharedUsers = 0;

    /// <summary>Profile name (required for add and ensure).</summary>
    public string? Name { get; init; }

    /// <summary>
    /// When true, clears the rate limit (sends an empty <c>rate-limit</c>); overrides
    /// <see cref="HotspotUserProfileFields.RateLimit"/>.
    /// </summary>
    public bool ClearRateLimit { get; init; }

    /// <summary>Simultaneous sessions per user; <see cref="UnlimitedSharedUsers"/> (0) = <c>unlimited</c>.</summary>
    public int? SharedUsers { get; init; }

    internal FieldList ToFields() => WriteTo(new FieldList()
        .Text("name", Name)
        .Rate("rate-limit", RateLimit, ClearRateLimit)
        .Count("shared-users", SharedUsers));
}
