using System.Net;
using System.Net.Sockets;

namespace KimHotspot.Portal.Benchmarks;

/// <summary>An unused loopback port, for programs that cannot report the port they bound (nginx).</summary>
internal static class FreePort
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        int port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
