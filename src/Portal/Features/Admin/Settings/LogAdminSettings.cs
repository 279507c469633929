namespace KimHotspot.Portal;

/// <summary>Log messages of the admin settings pages and the retention job (event ids 2810–2849).</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 2810, Level = LogLevel.Information, Message = "Village settings saved by an admin")]
    public static partial void SettingsSaved(ILogger logger);

    [LoggerMessage(EventId = 2811, Level = LogLevel.Information, Message = "Privacy notice version {Version} published ({Length} characters)")]
    public static partial void NoticePublished(ILogger logger, int version, int length);

    [LoggerMessage(EventId = 2812, Level = LogLevel.Information, Message = "Village logo changed")]
    public static partial void LogoChanged(ILogger logger);

    [LoggerMessage(EventId = 2813, Level = LogLevel.Warning, Message = "Could not delete the old logo file")]
    public static partial void LogoDeleteFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 2820, Level = LogLevel.Information, Message = "Member {MemberId} accepted privacy notice version {Version}")]
    public static partial void ConsentAccepted(ILogger logger, int memberId, int version);

    [LoggerMessage(EventId = 2821, Level = LogLevel.Information, Message = "Member {MemberId} declined privacy notice version {Version}")]
    public static partial void ConsentDeclined(ILogger logger, int memberId, int version);

    [LoggerMessage(EventId = 2822, Level = LogLevel.Debug, Message = "Consent step for attempt {AttemptId} refused: ticket invalid or expired")]
    public static partial void ConsentTicketRefused(ILogger logger, string attemptId);

    [LoggerMessage(EventId = 2830, Level = LogLevel.Information, Message = "Retention purge deleted {SessionRecords} session records, {TrialUsages} trial usages, {DeviceThrottles} device throttles, {RememberedDevices} remembered devices, {Members} members ({Deferred} deferred), {AuditEntries} audit entries")]
    public static partial void RetentionPurged(ILogger logger, int sessionRecords, int trialUsages, int deviceThrottles, int rememberedDevices, int members, int deferred, int auditEntries);

    [LoggerMessage(EventId = 2831, Level = LogLevel.Error, Message = "Retention purge failed")]
    public static partial void RetentionFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 2832, Level = LogLevel.Warning, Message = "Retention purge: router unavailable, removal of {Count} members' router users deferred to the next run: {Reason}")]
    public static partial void RetentionRouterDeferred(ILogger logger, int count, string reason);

    [LoggerMessage(EventId = 2833, Level = LogLevel.Debug, Message = "Retention job: next run at {NextRun}")]
    public static partial void RetentionScheduled(ILogger logger, DateTimeOffset nextRun);
}
