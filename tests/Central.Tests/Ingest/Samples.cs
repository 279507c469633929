using KimHotspot.Contracts.Messages;

namespace KimHotspot.Central.Tests.Ingest;

/// <summary>Report bodies and reports for ingest tests.</summary>
internal static class Samples
{
    public static readonly DateTimeOffset Noon = new(2026, 11, 28, 4, 0, 0, TimeSpan.Zero); // 12:00 WITA

    public static RouterHealth Router(int cpu = 10, bool reachable = true, bool rebooted = false) => reachable
        ? new RouterHealth("hap", "hAP ax2", "7.16", 3600, rebooted, cpu, 400_000_000, 1_000_000_000, 10_000, 20_000, null, true, true, 12, [])
        : new RouterHealth(null, null, null, null, false, null, null, null, null, null, null, false, false, null, []);

    public static HotspotUsage Usage(long bytesIn, long bytesOut, int peak = 3, int devices = 5) =>
        new(Noon, Noon, 60_000, bytesIn, bytesOut, 1, 0, new Dictionary<string, int>(), devices, [], peak);

    public static PortalHealth Portal(bool up = true) => new(up, up ? 200 : null, up ? 40 : null);

    public static AgentHealth Agent(long? offsetMs = null, int depth = 0) => new(depth, null, 1000, 0, null, offsetMs);

    public static HourlySummary Summary(DateTimeOffset hourStart, long bytesIn, int replaced = 60) => new(
        hourStart, bytesIn, 0, 2, 2, new Dictionary<string, int>(), 7, [], 4, 7200, 0, 30, 600, 300_000_000, 1_000_000_000,
        null, null, 20, 1, [], replaced);

    public static Report Report(
        string site, long seq, DateTimeOffset sampledAt, ReportBody body, bool synced = true, long? ageMs = 1000, Guid? boot = null) =>
        new(site, boot ?? Boot, seq, sampledAt, synced, ageMs, body);

    public static readonly Guid Boot = Guid.Parse("6f1c2a4e-0000-4000-8000-000000000001");
}
