using KimHotspot.RouterOs.Values;

namespace KimHotspot.RouterOs.Hotspot;

/// <summary>One <c>/ip/hotspot/user/profile</c> row (reference §4.5). Absent fields are null.</summary>
public sealed record HotspotUserProfile : HotspotUserProfileFields
{
    private HotspotUserProfile(RouterOsRow row)
        : base(row)
    {
    }

    /// <summary>Row id (opaque).</summary>
    public required string Id { get; init; }

    /// <summary>Profile name (<c>default</c> always exists).</summary>
    public required string Name { get; init; }

    /// <summary>The raw <c>rate-limit</c> text (see <see cref="HotspotUserProfileFields.RateLimit"/>).</summary>
    public string? RateLimitText { get; init; }

    /// <summary>Simultaneous sessions per user; null when <c>unlimited</c> or absent (see <see cref="SharedUsersUnlimited"/>).</summary>
    public int? SharedUsers { get; init; }

    /// <summary>True when <c>shared-users=unlimited</c>.</summary>
    public bool SharedUsersUnlimited { get; init; }

    /// <summary>Reads a row; missing or unparsable fields become null.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="row"/> is null.</exception>
    public static HotspotUserProfile FromRow(RouterOsRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var shared = row.Text("shared-users");
        return new HotspotUserProfile(row)
        {
            Id = row.Id ?? string.Empty,
            Name = row.TextOrEmpty("name"),
            RateLimitText = row.Text("rate-limit"),
            SharedUsers = RouterOsNumber.TryParseCountOrUnlimited(shared, out var n) ? n : null,
            SharedUsersUnlimited = string.Equals(shared?.Trim(), "unlimited", StringComparison.OrdinalIgnoreCase),
        };
    }
}
