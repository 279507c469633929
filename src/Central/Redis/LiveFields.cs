using System.Globalization;
using KimHotspot.Central.Live;
using StackExchange.Redis;

namespace KimHotspot.Central.Redis;

/// <summary>
/// A <see cref="SiteLive"/> as hash fields. Times are UTC ticks written with 19 digits, so the merge script compares
/// them exactly as strings; figures are invariant numbers, booleans 1/0. Absent field = null figure.
/// </summary>
internal static class LiveFields
{
    public const string Seen = "seen";
    public const string Sample = "sample";
    public const string Reboot = "reboot";

    /// <summary>The figures the update carries (null ones left out), as field/value pairs.</summary>
    public static List<RedisValue> Figures(SiteLive s)
    {
        var pairs = new List<RedisValue>(24);
        Add(pairs, "router", Bool(s.RouterReachable));
        Add(pairs, "uptime", Num(s.RouterUptimeSeconds));
        Add(pairs, "cpu", Num(s.CpuLoadPercent));
        Add(pairs, "memFree", Num(s.MemoryFreeBytes));
        Add(pairs, "memTotal", Num(s.MemoryTotalBytes));
        Add(pairs, "users", Num(s.ActiveUsers));
        Add(pairs, "portal", Bool(s.PortalReachable));
        Add(pairs, "outbox", Num(s.OutboxDepth));
        Add(pairs, "oldest", Num(s.OldestUnsentAgeSeconds));
        Add(pairs, "dropped", Num(s.DroppedReports));
        Add(pairs, "offset", Num(s.ClockOffsetMs));
        return pairs;
    }

    public static SiteLive? Read(string siteId, HashEntry[] entries)
    {
        if (entries.Length == 0)
        {
            return null;
        }

        var f = entries.ToDictionary(e => (string)e.Name!, e => (string?)e.Value, StringComparer.Ordinal);
        return new SiteLive
        {
            SiteId = siteId,
            LastSeen = Time(f, Seen) ?? default,
            LastSampleAt = Time(f, Sample),
            RouterReachable = Flag(f, "router"),
            RouterUptimeSeconds = Long(f, "uptime"),
            CpuLoadPercent = (int?)Long(f, "cpu"),
            MemoryFreeBytes = Long(f, "memFree"),
            MemoryTotalBytes = Long(f, "memTotal"),
            ActiveUsers = (int?)Long(f, "users"),
            PortalReachable = Flag(f, "portal"),
            OutboxDepth = (int?)Long(f, "outbox"),
            OldestUnsentAgeSeconds = Long(f, "oldest"),
            DroppedReports = Long(f, "dropped"),
            ClockOffsetMs = Long(f, "offset"),
            LastRebootAt = Time(f, Reboot),
        };
    }

    /// <summary>A time as the script compares it ("" for none).</summary>
    public static string Ticks(DateTimeOffset? at) =>
        at is { } t ? t.UtcTicks.ToString("D19", CultureInfo.InvariantCulture) : "";

    private static void Add(List<RedisValue> pairs, string field, string? value)
    {
        if (value is not null)
        {
            pairs.Add(field);
            pairs.Add(value);
        }
    }

    private static string? Bool(bool? b) => b is null ? null : b.Value ? "1" : "0";

    private static string? Num(long? n) => n?.ToString(CultureInfo.InvariantCulture);

    private static long? Long(Dictionary<string, string?> f, string field) =>
        f.TryGetValue(field, out var v) && long.TryParse(v, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) ? n : null;

    private static bool? Flag(Dictionary<string, string?> f, string field) =>
        f.TryGetValue(field, out var v) && v is not null ? v == "1" : null;

    private static DateTimeOffset? Time(Dictionary<string, string?> f, string field) =>
        Long(f, field) is { } ticks ? new DateTimeOffset(ticks, TimeSpan.Zero) : null;
}
