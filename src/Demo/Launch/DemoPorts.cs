using System.Globalization;

namespace KimHotspot.Demo.Launch;

/// <summary>The local ports of the system; the defaults are the demo's.</summary>
public sealed record DemoPorts(int RouterApi = 8728, int Hotspot = 5070, int Control = 5071, int Portal = 5080, int Central = 5090)
{
    /// <summary>Every port moved by <paramref name="offset"/> (two demos side by side).</summary>
    public DemoPorts Offset(int offset) =>
        new(RouterApi + offset, Hotspot + offset, Control + offset, Portal + offset, Central + offset);

    /// <summary><c>http://127.0.0.1:&lt;port&gt;/&lt;path&gt;</c>.</summary>
    public static Uri Local(int port, string path = "") =>
        new(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}/{path.TrimStart('/')}"));
}
