namespace KimHotspot.Portal.Router;

/// <summary>What kind of trouble the router gave.</summary>
public enum RouterTroubleKind
{
    /// <summary>Unreachable, slow (time-out), lost connection, refused API login: try again later.</summary>
    Unavailable,

    /// <summary>The router answered but refused the command (a <c>!trap</c>).</summary>
    Refused,
}

/// <summary>
/// The one exception <see cref="HotspotGateway"/> throws for router trouble, so pages map it to a
/// resident message without knowing the RouterOS exception taxonomy.
/// </summary>
public sealed class RouterTroubleException : Exception
{
    public RouterTroubleException()
    {
    }

    public RouterTroubleException(string message) : base(message)
    {
    }

    public RouterTroubleException(string message, Exception? innerException) : base(message, innerException)
    {
    }

    public RouterTroubleException(RouterTroubleKind kind, string message, Exception? innerException)
        : base(message, innerException) => Kind = kind;

    public RouterTroubleKind Kind { get; }

    /// <summary>The router's own text for a refusal (e.g. "no more sessions are allowed for user m-1").</summary>
    public string? RouterMessage { get; init; }

    /// <summary>True when the router said a user reached its session (shared-users) limit.</summary>
    public bool IsSessionLimit => RouterMessage?.Contains("no more sessions", StringComparison.OrdinalIgnoreCase) == true;

    /// <summary>True when the router said the user's uptime or traffic limit is used up.</summary>
    public bool IsLimitReached =>
        RouterMessage?.Contains("uptime limit", StringComparison.OrdinalIgnoreCase) == true
        || RouterMessage?.Contains("traffic limit", StringComparison.OrdinalIgnoreCase) == true;
}
