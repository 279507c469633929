namespace KimHotspot.Portal;

/// <summary>Log messages of the member, voucher, trial and registration pages (event ids 2300–2599).</summary>
internal static partial class Log
{
    [LoggerMessage(2300, LogLevel.Information, "Member {MemberId} logged in ({Method})")]
    public static partial void MemberOnline(ILogger logger, int memberId, string method);

    [LoggerMessage(2301, LogLevel.Information, "Member login refused for attempt {AttemptId}")]
    public static partial void MemberLoginRefused(ILogger logger, string attemptId);

    [LoggerMessage(2302, LogLevel.Warning, "Remembered-device login refused for attempt {AttemptId}")]
    public static partial void RememberedDeviceRefused(ILogger logger, string attemptId);

    [LoggerMessage(2303, LogLevel.Error, "Router trouble while preparing member {MemberId}'s login")]
    public static partial void RouterTroubleForMember(ILogger logger, Exception exception, int memberId);

    [LoggerMessage(2310, LogLevel.Information, "Member {MemberId} registered ({Status})")]
    public static partial void MemberRegistered(ILogger logger, int memberId, string status);

    [LoggerMessage(2400, LogLevel.Information, "Voucher {VoucherId} logged in a device")]
    public static partial void VoucherOnline(ILogger logger, int voucherId);

    [LoggerMessage(2401, LogLevel.Information, "Voucher login refused for attempt {AttemptId}: {Reason}")]
    public static partial void VoucherRefused(ILogger logger, string attemptId, string reason);

    [LoggerMessage(2402, LogLevel.Error, "Router trouble while preparing voucher {VoucherId}'s login")]
    public static partial void RouterTroubleForVoucher(ILogger logger, Exception exception, int voucherId);

    [LoggerMessage(2500, LogLevel.Information, "Trial of {Minutes} min started for attempt {AttemptId}")]
    public static partial void TrialOnline(ILogger logger, int minutes, string attemptId);

    [LoggerMessage(2501, LogLevel.Information, "Trial used up for today (attempt {AttemptId})")]
    public static partial void TrialUsedUp(ILogger logger, string attemptId);

    [LoggerMessage(2502, LogLevel.Error, "Router trouble while preparing a trial (attempt {AttemptId})")]
    public static partial void RouterTroubleForTrial(ILogger logger, Exception exception, string attemptId);
}
