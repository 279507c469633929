namespace KimHotspot.RouterOs;

/// <summary>
/// The router refused the login (wrong user name or password, or the user may not use the API).
/// Not transient: retrying with the same credentials will fail again.
/// </summary>
public class RouterOsLoginException : RouterOsException
{
    /// <summary>Creates an exception.</summary>
    public RouterOsLoginException() : this("?", "?", "login refused") { }

    /// <summary>Creates an exception.</summary>
    public RouterOsLoginException(string message) : base(message, isTransient: false) => RouterMessage = message;

    /// <summary>Creates an exception.</summary>
    public RouterOsLoginException(string message, Exception? innerException)
        : base(message, isTransient: false, innerException) => RouterMessage = message;

    /// <summary>Creates an exception for a refused login at <paramref name="endpoint"/>.</summary>
    public RouterOsLoginException(string endpoint, string userName, string routerMessage, Exception? innerException = null)
        : base($"Login to {endpoint} as '{userName}' refused: {routerMessage}", isTransient: false, innerException)
    {
        RouterMessage = routerMessage;
    }

    /// <summary>The router's own text, e.g. <c>invalid user name or password (6)</c> or <c>cannot log in</c>.</summary>
    public string RouterMessage { get; }
}
