using System.Diagnostics;
using System.Globalization;
using KimHotspot.RouterAgent.Upload;

namespace KimHotspot.RouterAgent.Benchmarks;

/// <summary>
/// Child mode <c>append-cost</c>: CPU and wall time of <see cref="OutboxReport.AppendAsync"/> (what every sample pays)
/// into the outbox at <c>--dir</c> as it is (empty, or a copy of the 7-day backlog): median of <c>--count</c> appends
/// of realistic hotspot reports.
/// </summary>
internal static class AppendCost
{
    public static async Task<int> RunAsync(IReadOnlyDictionary<string, string> a, CancellationToken ct)
    {
        var clock = new JumpClock(TimeSpan.Zero);
        await using var agent = AgentHost.Build(a["--dir"], 0, null, null, clock);
        var outbox = agent.Outbox;
        var depth = (await outbox.GetStatsAsync(ct)).Depth;
        var reports = new BacklogReports(120, 7);
        int count = int.Parse(a["--count"], CultureInfo.InvariantCulture);
        var cpu = new List<double>();
        var wall = new List<double>();
        for (int i = 0; i < count; i++)
        {
            var t = clock.GetUtcNow();
            var body = reports.Hotspot(t);
            var c0 = Environment.CpuUsage.TotalTime;
            long w0 = Stopwatch.GetTimestamp();
            await OutboxReport.AppendAsync(outbox, BenchSite.Id, t, true, body, ct);
            wall.Add(Stopwatch.GetElapsedTime(w0).TotalMilliseconds);
            cpu.Add((Environment.CpuUsage.TotalTime - c0).TotalMilliseconds);
        }

        Console.WriteLine(FormattableString.Invariant(
            $"RESULT depth={depth} cpuMedianMs={Stats.Median(cpu):F2} cpuP90Ms={Stats.Percentile(cpu, 0.9):F2} wallMedianMs={Stats.Median(wall):F2}"));
        return 0;
    }
}
