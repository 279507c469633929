using System.Net;
using System.Net.Sockets;

namespace KimHotspot.Bench.Common;

/// <summary>
/// An unused loopback port, for programs that cannot report the port they bound (redis-server, nginx, a child
/// process). There is a small race until the program binds it; fine for a bench.
/// </summary>
public static class FreePort
{
    /// <summary>A port the kernel just handed out for 127.0.0.1 and that is free again.</summary>
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        int port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
