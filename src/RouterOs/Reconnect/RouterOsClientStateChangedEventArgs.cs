namespace KimHotspot.RouterOs.Reconnect;

/// <summary>A <see cref="RouterOsClient"/> moved from one state to another.</summary>
public sealed class RouterOsClientStateChangedEventArgs : EventArgs
{
    /// <summary>Creates the event data.</summary>
    public RouterOsClientStateChangedEventArgs(RouterOsClientState previous, RouterOsClientState state, Exception? error)
    {
        Previous = previous;
        State = state;
        Error = error;
    }

    /// <summary>The state before.</summary>
    public RouterOsClientState Previous { get; }

    /// <summary>The new state.</summary>
    public RouterOsClientState State { get; }

    /// <summary>Why: the failed attempt's error (Faulted) or the lost connection's fault (Disconnected).</summary>
    public Exception? Error { get; }
}
