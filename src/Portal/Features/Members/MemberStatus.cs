namespace KimHotspot.Portal.Features.Members;

/// <summary>Where a member's registration stands.</summary>
public enum MemberStatus
{
    /// <summary>Registered, waiting for a KIM admin.</summary>
    Pending,

    /// <summary>May log in.</summary>
    Active,

    /// <summary>Blocked by a KIM admin.</summary>
    Blocked,

    /// <summary>Membership ran out (<see cref="Member.ExpiresAt"/>).</summary>
    Expired,

    /// <summary>Registration refused by a KIM admin.</summary>
    Rejected,
}
