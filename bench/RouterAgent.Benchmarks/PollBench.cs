using System.Diagnostics;
using KimHotspot.RouterAgent.Collect;
using KimHotspot.RouterOs;
using KimHotspot.RouterOs.Device;
using KimHotspot.RouterOs.Hotspot;
using KimHotspot.RouterOs.Interfaces;

namespace KimHotspot.RouterAgent.Benchmarks;

/// <summary>
/// CPU per poll cycle: the simulator (own process) with N active sessions; here one agent (Collector = router poll +
/// hotspot poll + agent probe, outbox in a temp folder) over its real RouterOS client, on the real clock with every
/// interval set to 1 s, so every sampler is due each cycle (about one cycle a second). Interleaved with it, a reads-only cycle issues the same RouterOS reads over the
/// same connection (typed rows, nothing else), so full − reads is what the agent's own processing costs.
/// </summary>
internal static class PollBench
{
    public static async Task RunAsync(BenchSettings s, CancellationToken ct)
    {
        Console.WriteLine($"== poll: {s.Sessions} active sessions, {s.Cycles} cycles per round after {s.WarmUp} warm-up, {s.Rounds} rounds");
        await using var sim = await SimulatorProcess.StartAsync(s.Sessions, ct);
        var dir = Directory.CreateTempSubdirectory("agent-bench-poll-").FullName;
        var agent = AgentHost.Build(dir, sim.Port, central: null, portalHealth: null, TimeProvider.System, new Dictionary<string, string?>
        {
            ["Collect:RouterInterval"] = "00:00:01",
            ["Collect:HotspotInterval"] = "00:00:01",
            ["Collect:AgentInterval"] = "00:00:01",
        });
        try
        {
            var collector = agent.Collector;
            var api = agent.Router.Client;
            for (int i = 0; i < s.WarmUp; i++)
            {
                await WhenAllDueAsync(collector, ct);
                await collector.RunDueAsync(ct);
                await ReadsAsync(api, ct);
            }

            int active = (await api.Hotspot().Active.PrintAsync(cancellationToken: ct)).Count;
            Console.WriteLine($"simulator pid {sim.ProcessId}: {active} active sessions seen by the agent");
            var summary = new List<(double FullCpu, double FullP90, double FullWall, double ReadCpu, double ReadP90, double ReadWall)>();
            for (int round = 1; round <= s.Rounds; round++)
            {
                var busy0 = Machine.CpuTicks();
                var proc0 = Process.GetCurrentProcess().TotalProcessorTime;
                var full = new List<(double Cpu, double Wall)>();
                var reads = new List<(double Cpu, double Wall)>();
                int written = 0;
                var perCycle = new List<int>();
                for (int i = 0; i < s.Cycles; i++)
                {
                    await WhenAllDueAsync(collector, ct, full.Count > 0 ? full[^1].Wall : 0);
                    // Alternate the order so neither variant always runs right after the other.
                    if (i % 2 == 0)
                    {
                        full.Add(await MeasureAsync(async () => perCycle.Add(await collector.RunDueAsync(ct))));
                        reads.Add(await MeasureAsync(() => ReadsAsync(api, ct)));
                    }
                    else
                    {
                        reads.Add(await MeasureAsync(() => ReadsAsync(api, ct)));
                        full.Add(await MeasureAsync(async () => perCycle.Add(await collector.RunDueAsync(ct))));
                    }
                }

                written = perCycle.Sum();
                if (perCycle.Any(n => n != 3))
                {
                    Console.WriteLine("reports per cycle: " + string.Join(',', perCycle));
                }

                using var self = Process.GetCurrentProcess();
                double procMs = (self.TotalProcessorTime - proc0).TotalMilliseconds / (2.0 * s.Cycles);
                var row = (Stats.Median(full.Select(f => f.Cpu)), Stats.Percentile(full.Select(f => f.Cpu), 0.9),
                    Stats.Median(full.Select(f => f.Wall)), Stats.Median(reads.Select(f => f.Cpu)),
                    Stats.Percentile(reads.Select(f => f.Cpu), 0.9), Stats.Median(reads.Select(f => f.Wall)));
                summary.Add(row);
                Console.WriteLine(
                    $"round {round}: full cycle cpu median {Stats.F(row.Item1)} ms p90 {Stats.F(row.Item2)} ms wall median {Stats.F(row.Item3)} ms " +
                    $"({written} reports written, {Stats.F(written / (double)s.Cycles, 1)}/cycle) | reads only cpu median {Stats.F(row.Item4)} ms " +
                    $"p90 {Stats.F(row.Item5)} ms wall median {Stats.F(row.Item6)} ms | agent's own ≈ {Stats.F(row.Item1 - row.Item4)} ms | " +
                    $"Process.TotalProcessorTime mean over both kinds {Stats.F(procMs)} ms (10 ms ticks) | machine {Machine.BusyBetween(busy0, Machine.CpuTicks())}, {Machine.Load()}");
            }

            Console.WriteLine(
                $"poll summary (median of round medians): full cycle cpu {Stats.F(Stats.Median(summary.Select(r => r.FullCpu)))} ms " +
                $"(p90 {Stats.F(Stats.Median(summary.Select(r => r.FullP90)))} ms, wall {Stats.F(Stats.Median(summary.Select(r => r.FullWall)))} ms); " +
                $"reads only cpu {Stats.F(Stats.Median(summary.Select(r => r.ReadCpu)))} ms (p90 {Stats.F(Stats.Median(summary.Select(r => r.ReadP90)))} ms, " +
                $"wall {Stats.F(Stats.Median(summary.Select(r => r.ReadWall)))} ms); agent's own ≈ " +
                $"{Stats.F(Stats.Median(summary.Select(r => r.FullCpu - r.ReadCpu)))} ms; target ≤ 20 ms");
        }
        finally
        {
            await agent.DisposeAsync();
            Directory.Delete(dir, recursive: true);
        }
    }

    /// <summary>
    /// Each sampler's next due time is set when it starts, so the later ones in a cycle fall due up to one cycle
    /// later than the first: wait for the first, then longer than a cycle, so all three are due together.
    /// </summary>
    private static async Task WhenAllDueAsync(Collector collector, CancellationToken ct, double lastFullWallMs = 0)
    {
        await Task.Delay(collector.UntilNextDue() + TimeSpan.FromMilliseconds(400 + (2 * lastFullWallMs)), ct);
    }

    /// <summary>The RouterOS reads of one full cycle (router poll: identity, resource, clock, interfaces; hotspot poll: resource, active, users).</summary>
    private static async Task ReadsAsync(IRouterOsApi api, CancellationToken ct)
    {
        var device = api.Device();
        await device.GetIdentityAsync(ct);
        await device.GetResourceAsync(cancellationToken: ct);
        await device.GetClockAsync(ct);
        await api.Interfaces().PrintAsync(cancellationToken: ct);
        await device.GetResourceAsync(cancellationToken: ct);
        var hotspot = api.Hotspot();
        await hotspot.Active.PrintAsync(cancellationToken: ct);
        await hotspot.Users.PrintAsync(ct);
    }

    /// <summary>This process's CPU (getrusage user+sys, all threads: GC, socket and SQLite work included) and wall time, in ms.</summary>
    private static async Task<(double Cpu, double Wall)> MeasureAsync(Func<Task> action)
    {
        var cpu0 = Environment.CpuUsage.TotalTime;
        long t0 = Stopwatch.GetTimestamp();
        await action();
        var wall = Stopwatch.GetElapsedTime(t0);
        return ((Environment.CpuUsage.TotalTime - cpu0).TotalMilliseconds, wall.TotalMilliseconds);
    }
}
