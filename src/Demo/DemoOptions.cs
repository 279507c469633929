using System.Globalization;
using KimHotspot.Demo.Launch;

namespace KimHotspot.Demo;

/// <summary>
/// The demo's command line: <c>--data DIR</c>, <c>--redis host:port</c>, <c>--ports-offset N</c> and per-port
/// <c>--api-port --hotspot-port --control-port --portal-port --central-port</c>.
/// </summary>
public sealed record DemoOptions(string DataDirectory, DemoPorts Ports, string? Redis)
{
    /// <summary>Parses <paramref name="args"/>; throws <see cref="ArgumentException"/> with a readable message.</summary>
    public static DemoOptions Parse(IReadOnlyList<string> args, string root)
    {
        ArgumentNullException.ThrowIfNull(args);
        var data = Environment.GetEnvironmentVariable("KIMHOTSPOT_DATA") is { Length: > 0 } env ? env : Path.Combine(root, "data");
        var ports = new DemoPorts();
        string? redis = null;
        int offset = 0;
        for (int i = 0; i < args.Count; i++)
        {
            var value = i + 1 < args.Count ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value");
            i++;
            ports = args[i - 1] switch
            {
                "--data" => Keep(ports, () => data = Path.GetFullPath(value)),
                "--redis" => Keep(ports, () => redis = value),
                "--ports-offset" => Keep(ports, () => offset = Port(value, allowZero: true)),
                "--api-port" => ports with { RouterApi = Port(value) },
                "--hotspot-port" => ports with { Hotspot = Port(value) },
                "--control-port" => ports with { Control = Port(value) },
                "--portal-port" => ports with { Portal = Port(value) },
                "--central-port" => ports with { Central = Port(value) },
                var other => throw new ArgumentException($"unknown option '{other}'"),
            };
        }

        return new DemoOptions(data, ports.Offset(offset), redis);
    }

    private static DemoPorts Keep(DemoPorts ports, Action set)
    {
        set();
        return ports;
    }

    private static int Port(string text, bool allowZero = false) =>
        int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n is >= 0 and <= 65535 && (allowZero || n > 0)
            ? n
            : throw new ArgumentException($"'{text}' is not a port number");
}
