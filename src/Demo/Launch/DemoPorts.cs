using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace KimHotspot.Demo.Launch;

/// <summary>The local ports of the system; the defaults are the demo's.</summary>
public sealed record DemoPorts(int RouterApi = 8728, int Hotspot = 5070, int Control = 5071, int Portal = 5080, int Central = 5090)
{
    /// <summary>Every port moved by <paramref name="offset"/> (two demos side by side).</summary>
    public DemoPorts Offset(int offset) =>
        new(RouterApi + offset, Hotspot + offset, Control + offset, Portal + offset, Central + offset);

    /// <summary>Each port with what listens on it.</summary>
    public IEnumerable<(string Host, int Port)> All() =>
        [("RouterOS API (simulator)", RouterApi), ("hotspot pages (simulator)", Hotspot), ("simulator control API", Control),
         ("Portal", Portal), ("Central", Central)];

    /// <summary>
    /// The ports another program already listens on (checked by binding 127.0.0.1), so a start fails with a clear
    /// message instead of a host answering for ours.
    /// </summary>
    public IReadOnlyList<(string Host, int Port)> Busy() => [.. All().Where(p => !IsFree(p.Port))];

    private static bool IsFree(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    /// <summary><c>http://127.0.0.1:&lt;port&gt;/&lt;path&gt;</c>.</summary>
    public static Uri Local(int port, string path = "") =>
        new(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}/{path.TrimStart('/')}"));
}
