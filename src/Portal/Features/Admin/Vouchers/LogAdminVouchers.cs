namespace KimHotspot.Portal;

/// <summary>Portal log messages of the admin console's vouchers pages (event ids 2750–2799). Never a voucher code.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 2750, Level = LogLevel.Information, Message = "Voucher batch {BatchId} generated: {Count} codes of tier {TierId}")]
    public static partial void VoucherBatchGenerated(ILogger logger, int batchId, int count, int tierId);

    [LoggerMessage(EventId = 2751, Level = LogLevel.Warning, Message = "Voucher code collision on insert (attempt {Attempt}); generating again")]
    public static partial void VoucherCodeCollision(ILogger logger, Exception exception, int attempt);

    [LoggerMessage(EventId = 2752, Level = LogLevel.Information, Message = "Voucher batch {BatchId}: {Count} codes revoked")]
    public static partial void VouchersRevoked(ILogger logger, int batchId, int count);

    [LoggerMessage(EventId = 2753, Level = LogLevel.Warning, Message = "Revoked vouchers: the router could not log their sessions out; they end at their next limit")]
    public static partial void VoucherLogoutFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 2754, Level = LogLevel.Information, Message = "Voucher batch {BatchId}: {Count} codes {How} by an admin")]
    public static partial void VouchersExported(ILogger logger, int batchId, int count, string how);
}
