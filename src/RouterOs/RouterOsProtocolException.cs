namespace KimHotspot.RouterOs;

/// <summary>The peer sent bytes that are not the RouterOS API protocol (control byte, over-long word, wrong service).</summary>
public class RouterOsProtocolException : RouterOsException
{
    /// <summary>Creates an exception.</summary>
    public RouterOsProtocolException() : this("Malformed RouterOS API data.") { }

    /// <summary>Creates an exception.</summary>
    public RouterOsProtocolException(string message) : base(message, isTransient: false) { }

    /// <summary>Creates an exception.</summary>
    public RouterOsProtocolException(string message, Exception? innerException) : base(message, false, innerException) { }
}
