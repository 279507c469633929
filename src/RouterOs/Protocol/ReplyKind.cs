namespace KimHotspot.RouterOs.Protocol;

/// <summary>The reply word that starts a router-to-client sentence (reference §1.5).</summary>
public enum ReplyKind
{
    /// <summary>A word this library does not know; skipped, never fatal for the connection.</summary>
    Unknown,

    /// <summary><c>!re</c>: one data row.</summary>
    Re,

    /// <summary><c>!done</c>: the command finished (may carry <c>=ret=</c>).</summary>
    Done,

    /// <summary><c>!trap</c>: an error; a <c>!done</c> still follows.</summary>
    Trap,

    /// <summary><c>!fatal</c>: the router closes the connection.</summary>
    Fatal,

    /// <summary><c>!empty</c> (RouterOS 7.18+): no rows; a <c>!done</c> follows.</summary>
    Empty,
}
