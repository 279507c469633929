using System.Net.Sockets;
using KimHotspot.RouterOs;

namespace KimHotspot.RouterAgent.Collect;

/// <summary>Which exceptions mean "the router could not be read" (data, not a crash).</summary>
internal static class CollectFailure
{
    /// <summary>True for API errors (connection lost, time-out, protocol, trap), socket and I/O errors, and
    /// a cancellation that the caller did not ask for (a time-out inside the client).</summary>
    public static bool IsRouterFailure(Exception e, CancellationToken callerToken) => e switch
    {
        RouterOsException or IOException or SocketException or TimeoutException or FormatException => true,
        OperationCanceledException => !callerToken.IsCancellationRequested,
        _ => false,
    };
}
