namespace KimHotspot.Portal;

/// <summary>Demo data log messages (event ids 2990–2999). Never passwords or voucher codes.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 2990, Level = LogLevel.Information, Message = "Demo data seeded: {Bulletins} bulletins added, member created {MemberCreated}")]
    public static partial void DemoDataSeeded(ILogger logger, int bulletins, bool memberCreated);
}
