using System.Security.Cryptography;
using System.Text;
using KimHotspot.RouterOs.Values;

namespace KimHotspot.RouterAgent.Collect;

/// <summary>
/// Turns MAC addresses into salted SHA-256 hashes (lowercase hex of SHA-256(salt ‖ MAC as
/// <c>AA:BB:CC:DD:EE:FF</c>)) and counts distinct devices per local day. Raw MACs are not kept.
/// </summary>
internal sealed class DeviceHashes
{
    private readonly byte[] _salt;
    private readonly TimeZoneInfo _zone;
    private readonly HashSet<string> _today = new(StringComparer.Ordinal);
    private DateOnly? _day;

    public DeviceHashes(ReadOnlySpan<byte> salt, TimeZoneInfo zone)
    {
        if (salt.Length < 16)
        {
            throw new ArgumentException("The device hash salt must have at least 16 bytes.", nameof(salt));
        }

        _salt = salt.ToArray();
        _zone = zone ?? throw new ArgumentNullException(nameof(zone));
    }

    /// <summary>Distinct devices seen on the current local day.</summary>
    public int TodayCount => _today.Count;

    /// <summary>Hashes the MACs seen now (sorted, distinct) and adds them to today's set.</summary>
    public IReadOnlyList<string> Observe(IEnumerable<string?> macs, DateTimeOffset now)
    {
        var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, _zone).DateTime);
        if (_day != day)
        {
            _day = day;
            _today.Clear();
        }

        var seen = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var mac in macs)
        {
            if (!string.IsNullOrWhiteSpace(mac))
            {
                seen.Add(Hash(mac));
            }
        }

        _today.UnionWith(seen);
        return [.. seen];
    }

    /// <summary>The salted hash of one MAC (any common spelling).</summary>
    public string Hash(string mac)
    {
        string normal = MacAddress.TryNormalize(mac, out var m) ? m : mac.Trim().ToUpperInvariant();
        byte[] text = Encoding.ASCII.GetBytes(normal);
        byte[] input = new byte[_salt.Length + text.Length];
        _salt.CopyTo(input, 0);
        text.CopyTo(input, _salt.Length);
        return Convert.ToHexStringLower(SHA256.HashData(input));
    }
}
