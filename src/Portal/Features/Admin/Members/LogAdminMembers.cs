namespace KimHotspot.Portal;

/// <summary>Log messages of the admin console's members and tiers pages (event ids 2700–2749).</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 2700, Level = LogLevel.Information, Message = "Member {MemberId} stopped on the router: {Sessions} session(s) ended, user {Removal}")]
    public static partial void MemberRouterStopped(ILogger logger, int memberId, int sessions, string removal);

    [LoggerMessage(EventId = 2701, Level = LogLevel.Warning, Message = "Router trouble while stopping member {MemberId}; the sign-in check refuses them meanwhile")]
    public static partial void MemberRouterTrouble(ILogger logger, Exception exception, int memberId);

    [LoggerMessage(EventId = 2702, Level = LogLevel.Information, Message = "Admin action {Action} on member {MemberId}")]
    public static partial void MemberAdminAction(ILogger logger, string action, int memberId);

    [LoggerMessage(EventId = 2703, Level = LogLevel.Information, Message = "Member {MemberId} erased ({Sessions} session rows, {Devices} devices)")]
    public static partial void MemberErased(ILogger logger, int memberId, int sessions, int devices);

    [LoggerMessage(EventId = 2720, Level = LogLevel.Information, Message = "Tier {TierId} synced to router profile {Profile}")]
    public static partial void TierSynced(ILogger logger, int tierId, string profile);

    [LoggerMessage(EventId = 2721, Level = LogLevel.Warning, Message = "Tier {TierId} not synced to the router: {Reason}")]
    public static partial void TierSyncFailed(ILogger logger, int tierId, string reason);
}
