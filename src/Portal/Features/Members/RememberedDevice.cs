namespace KimHotspot.Portal.Features.Members;

/// <summary>"Remember this device": lets a member's device log in again without the password, bound to its MAC.</summary>
public sealed class RememberedDevice
{
    public int Id { get; set; }

    public int MemberId { get; set; }

    public Member? Member { get; set; }

    /// <summary>Upper-case colon MAC the remembrance is bound to.</summary>
    public string MacAddress { get; set; } = string.Empty;

    /// <summary>SHA-256 of the random token kept in the device's cookie.</summary>
    public string TokenHash { get; set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }

    public DateTimeOffset? LastUsedAt { get; set; }

    public DateTimeOffset? RevokedAt { get; set; }
}
