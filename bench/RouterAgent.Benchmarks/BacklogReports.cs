using System.Security.Cryptography;
using KimHotspot.Contracts.Messages;

namespace KimHotspot.RouterAgent.Benchmarks;

/// <summary>
/// Report bodies as the samplers write them, for a village whose active devices follow the day (about 15 % of the
/// peak at night, the peak at 20:00) out of a pool of devices; hashes in the agent's format (64 lowercase hex).
/// </summary>
internal sealed class BacklogReports(int peakDevices, int seed)
{
    private static readonly string[] InterfaceNames = ["ether1", "wlan1", "bridge1"];
    private readonly Random _random = new(seed);
    private readonly string[] _pool = [.. Enumerable.Range(0, peakDevices * 3)
        .Select(i => Convert.ToHexStringLower(SHA256.HashData(BitConverter.GetBytes(i ^ seed))))];
    private readonly HashSet<string> _today = new(StringComparer.Ordinal);
    private DateOnly _day;
    private long _uptime = 86_400 * 3;

    public int ActiveAt(DateTimeOffset t)
    {
        double hour = t.Hour + (t.Minute / 60.0);
        double shape = 0.15 + (0.85 * (1 + Math.Cos(2 * Math.PI * (hour - 20) / 24)) / 2);
        return Math.Max(1, (int)Math.Round(peakDevices * shape));
    }

    public RouterHealth Router(DateTimeOffset t)
    {
        _uptime += 60;
        return new RouterHealth("KIM-Desa-Sukamaju", "hAP ac^2", "7.19", _uptime, false, _random.Next(2, 40),
            120_000_000 + _random.Next(0, 8_000_000), 268_435_456, 9_000_000, 16_777_216, t, true, true,
            _random.Next(1, 4), [.. InterfaceNames.Select(n => new InterfaceTraffic(n, _random.Next(0, 30_000_000), _random.Next(0, 90_000_000)))]);
    }

    public HotspotUsage Hotspot(DateTimeOffset t)
    {
        var day = DateOnly.FromDateTime(t.UtcDateTime);
        if (day != _day)
        {
            (_day, _) = (day, 0);
            _today.Clear();
        }

        int active = ActiveAt(t);
        int offset = (int)(t.ToUnixTimeSeconds() / 3600 % _pool.Length);
        var seen = Enumerable.Range(0, active).Select(i => _pool[(offset + i) % _pool.Length]).Order(StringComparer.Ordinal).ToList();
        _today.UnionWith(seen);
        int starts = _random.Next(0, Math.Max(2, active / 20));
        return new HotspotUsage(t.AddMinutes(-1), t, 60_000, (long)active * _random.Next(5_000, 200_000),
            (long)active * _random.Next(50_000, 2_000_000), starts, _random.Next(0, starts + 1),
            new Dictionary<string, int>(StringComparer.Ordinal) { ["http-chap"] = starts }, _today.Count, seen, active);
    }

    public PortalHealth Portal() => new(true, 200, _random.Next(2, 30));

    public static AgentHealth Agent(int depth, DateTimeOffset oldest, DateTimeOffset t) =>
        new(depth, (long)(t - oldest).TotalSeconds, (long)depth * 1200, 0, oldest, 40);
}
