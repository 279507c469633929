namespace KimHotspot.RouterOs.Reconnect;

/// <summary>Where a <see cref="RouterOsClient"/> stands.</summary>
public enum RouterOsClientState
{
    /// <summary>Not started, disposed, or the connection just dropped (a new attempt follows).</summary>
    Disconnected,

    /// <summary>Connecting and logging in.</summary>
    Connecting,

    /// <summary>Logged in; commands go straight to the router.</summary>
    Connected,

    /// <summary>The last attempt failed (see <see cref="RouterOsClient.LastError"/>); waiting for the next one.</summary>
    Faulted,
}
