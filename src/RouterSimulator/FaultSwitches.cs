namespace KimHotspot.RouterSimulator;

/// <summary>Fault injection switches; all can be flipped while the simulator runs.</summary>
public sealed class FaultSwitches
{
    /// <summary>Delay before each reply sentence.</summary>
    public TimeSpan ReplyDelay { get; set; }

    /// <summary>Write replies one byte per write.</summary>
    public bool ByteByByte { get; set; }

    /// <summary>Next reply: write half of it then close the socket (one-shot).</summary>
    public bool DropMidSentence { get; set; }

    /// <summary>Next command gets "!fatal &lt;text&gt;" then close (one-shot).</summary>
    public string? FatalNext { get; set; }

    /// <summary>Every /login fails with the invalid-credentials trap.</summary>
    public bool RefuseLogins { get; set; }

    /// <summary>Accept and read commands but never answer.</summary>
    public bool Silence { get; set; }

    /// <summary>[UNSURE] §2.4: keep the socket open (false) or close it (true) after a failed login.</summary>
    public bool CloseAfterFailedLogin { get; set; }

    /// <summary>Next reply is preceded by an unknown "!foo" sentence (one-shot).</summary>
    public bool UnknownReplyWordNext { get; set; }

    /// <summary>Write every length prefix in the legal 5-byte form.</summary>
    public bool LongLengthPrefixes { get; set; }
}
