namespace KimHotspot.RouterSimulator.Control;

/// <summary>
/// Body of <c>POST /faults</c>: a partial update, absent (null) fields stay as they are.
/// <c>replyDelayMs</c> is in milliseconds; an empty <c>fatalNext</c> clears a pending fatal.
/// </summary>
internal sealed record FaultsUpdate(int? ReplyDelayMs, bool? ByteByByte, bool? DropMidSentence, string? FatalNext,
    bool? RefuseLogins, bool? Silence, bool? CloseAfterFailedLogin, bool? UnknownReplyWordNext,
    bool? LongLengthPrefixes)
{
    public void ApplyTo(FaultSwitches faults)
    {
        ArgumentNullException.ThrowIfNull(faults);
        if (ReplyDelayMs is { } ms)
        {
            faults.ReplyDelay = TimeSpan.FromMilliseconds(ms);
        }

        if (FatalNext is not null)
        {
            faults.FatalNext = FatalNext.Length == 0 ? null : FatalNext;
        }

        faults.ByteByByte = ByteByByte ?? faults.ByteByByte;
        faults.DropMidSentence = DropMidSentence ?? faults.DropMidSentence;
        faults.RefuseLogins = RefuseLogins ?? faults.RefuseLogins;
        faults.Silence = Silence ?? faults.Silence;
        faults.CloseAfterFailedLogin = CloseAfterFailedLogin ?? faults.CloseAfterFailedLogin;
        faults.UnknownReplyWordNext = UnknownReplyWordNext ?? faults.UnknownReplyWordNext;
        faults.LongLengthPrefixes = LongLengthPrefixes ?? faults.LongLengthPrefixes;
    }
}

/// <summary>The current fault switches as JSON (<c>GET /faults</c>).</summary>
internal sealed record FaultsView(long ReplyDelayMs, bool ByteByByte, bool DropMidSentence, string? FatalNext,
    bool RefuseLogins, bool Silence, bool CloseAfterFailedLogin, bool UnknownReplyWordNext, bool LongLengthPrefixes)
{
    public static FaultsView From(FaultSwitches f)
    {
        ArgumentNullException.ThrowIfNull(f);
        return new((long)f.ReplyDelay.TotalMilliseconds, f.ByteByByte, f.DropMidSentence, f.FatalNext,
            f.RefuseLogins, f.Silence, f.CloseAfterFailedLogin, f.UnknownReplyWordNext, f.LongLengthPrefixes);
    }
}
