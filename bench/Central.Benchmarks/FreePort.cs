using System.Net;
using System.Net.Sockets;

namespace KimHotspot.Central.Benchmarks;

/// <summary>An unused loopback port, for redis-server (which cannot report the port it bound).</summary>
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
