namespace KimHotspot.RouterOs;

/// <summary>
/// Base of every error this library raises: I/O failure, time-out, lost connection, failed login.
/// <see cref="IsTransient"/> says whether the same call may succeed on a new attempt.
/// </summary>
public class RouterOsException : Exception
{
    /// <summary>Creates an exception.</summary>
    public RouterOsException() : this("RouterOS API error.") { }

    /// <summary>Creates an exception.</summary>
    public RouterOsException(string message) : base(message) { }

    /// <summary>Creates an exception.</summary>
    public RouterOsException(string message, Exception? innerException) : base(message, innerException) { }

    /// <summary>Creates an exception with an explicit transience.</summary>
    public RouterOsException(string message, bool isTransient, Exception? innerException = null)
        : base(message, innerException)
    {
        IsTransient = isTransient;
    }

    /// <summary>True when retrying (usually on a new connection) may succeed: I/O errors, time-outs, lost connections.</summary>
    public bool IsTransient { get; init; }
}
