using KimHotspot.Contracts.Messages;

namespace KimHotspot.Contracts.Tests.Messages;

/// <summary>One fully populated example of every message, shared by the round-trip and golden tests.</summary>
internal static class Samples
{
    public const string SiteId = "71.74.01.2001";
    public static readonly Guid BootId = Guid.Parse("6f1c2a4e-9b3d-4c5e-8f70-1a2b3c4d5e6f");
    public static readonly DateTimeOffset At = new(2026, 11, 28, 15, 0, 0, TimeSpan.Zero);

    public static RouterHealth RouterHealth() => new(
        "kim-desa-1", "hAP ax2", "7.16.2", 86_400, Rebooted: false, CpuLoadPercent: 12,
        MemoryFreeBytes: 700_000_000, MemoryTotalBytes: 1_073_741_824,
        StorageFreeBytes: 90_000_000, StorageTotalBytes: 134_217_728,
        RouterClock: At, RouterClockSynced: true, ApiReachable: true, ApiRttMs: 3,
        Interfaces: [new("ether1", 1_000_000, 250_000), new("wlan1", 240_000, 980_000)]);

    public static RouterHealth RouterUnreachable() => new(
        null, null, null, null, false, null, null, null, null, null, null, false, false, null, []);

    public static HotspotUsage HotspotUsage() => new(
        At.AddMinutes(-5), At, DurationMs: 300_000, BytesIn: 4_096_000, BytesOut: 52_428_800,
        SessionStarts: 3, SessionEnds: 1,
        SessionsByLoginMethod: new Dictionary<string, int> { ["http-chap"] = 2, ["trial"] = 1 },
        DistinctDevicesToday: 17, DeviceHashes: ["q1w2e3r4t5y6", "a1s2d3f4g5h6"], PeakConcurrent: 9);

    public static PortalHealth PortalHealth() => new(true, 200, 41);

    public static AgentHealth AgentHealth() => new(
        OutboxDepth: 12, OldestUnsentAgeSeconds: 600, OutboxBytes: 65_536, DroppedReports: 0,
        LastAckAt: At.AddMinutes(-10), ClockOffsetMs: -1_250);

    public static HourlySummary HourlySummary() => new(
        At.AddHours(-1), BytesIn: 49_152_000, BytesOut: 629_145_600, SessionStarts: 30, SessionEnds: 28,
        SessionsByLoginMethod: new Dictionary<string, int> { ["http-chap"] = 25, ["trial"] = 5 },
        DistinctDevicesToday: 17, DeviceHashes: ["q1w2e3r4t5y6"], PeakConcurrent: 11,
        UptimeSecondsMax: 86_400, Reboots: 0, CpuLoadMaxPercent: 35, CpuLoadSumPercent: 144,
        MemoryFreeMinBytes: 650_000_000, MemoryTotalBytes: 1_073_741_824,
        StorageFreeMinBytes: 90_000_000, StorageTotalBytes: 134_217_728,
        RouterSamples: 12, ApiUnreachableSamples: 0,
        Interfaces: [new("ether1", 12_000_000, 3_000_000)], ReplacedReports: 24);

    public static Report Report(long seq, ReportBody body, long? ageMs = 1_500) =>
        new(SiteId, BootId, seq, At, ClockSynced: true, ageMs, body);

    public static ReportBatch Batch() => new(
        ReportBatch.CurrentVersion,
        SiteId,
        [
            Report(1, RouterHealth()),
            Report(2, HotspotUsage()),
            Report(3, PortalHealth()),
            Report(4, AgentHealth(), ageMs: null),
            Report(5, HourlySummary()),
        ]);

    public static BatchAck Ack() => new([new(BootId, 1), new(BootId, 2)], At.AddSeconds(2));
}
