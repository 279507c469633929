using System.Text.Json;
using KimHotspot.Contracts;
using KimHotspot.Contracts.Messages;
using KimHotspot.RouterAgent.Rollup;
using KimHotspot.RouterAgent.Upload;

namespace KimHotspot.RouterAgent.Tests.Rollup;

/// <summary>Builders for outbox row bodies (whole <see cref="Report"/> JSON) and for reading a merge back.</summary>
internal static class RollupSamples
{
    public static readonly DateTimeOffset Hour = new(2026, 3, 1, 10, 0, 0, TimeSpan.Zero);
    public static readonly Guid Boot = Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e");

    public static HotspotUsage Usage(
        long bytesIn, long bytesOut, int starts = 0, int ends = 0, (string Method, int Count)[]? methods = null,
        int distinctToday = 0, string[]? hashes = null, int peak = 0) =>
        new(Hour, Hour.AddMinutes(5), 300_000, bytesIn, bytesOut, starts, ends,
            (methods ?? []).ToDictionary(m => m.Method, m => m.Count, StringComparer.Ordinal),
            distinctToday, hashes ?? [], peak);

    public static RouterHealth Router(
        long uptime, int cpu, long memFree, long storageFree, bool rebooted = false, long memTotal = 256_000_000,
        long storageTotal = 128_000_000, params InterfaceTraffic[] interfaces) =>
        new("kim-1", "hAP ax2", "7.16", uptime, rebooted, cpu, memFree, memTotal, storageFree, storageTotal,
            Hour, true, true, 12, interfaces);

    public static RouterHealth Unreachable() =>
        new(null, null, null, null, false, null, null, null, null, null, null, false, false, null, []);

    public static byte[] Row(ReportBody body, int minute = 0, bool synced = true, string site = "site-1", long seq = 0) =>
        OutboxReport.Serialize(new Report(site, Boot, seq, Hour.AddMinutes(minute), synced, null, body));

    public static Report ReadReport(byte[] body) =>
        JsonSerializer.Deserialize(body, ContractsJson.Default.Report) ?? throw new InvalidOperationException("null report");

    public static HourlySummary Summary(byte[] merged) => Assert.IsType<HourlySummary>(ReadReport(merged).Body);

    public static byte[] Merge(string kind, params byte[][] bodies) => new ReportRollup().Merge(kind, Hour, bodies);
}
