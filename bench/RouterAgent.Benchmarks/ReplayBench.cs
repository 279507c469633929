using System.Diagnostics;
using System.Globalization;
using KimHotspot.RouterAgent.Upload;

namespace KimHotspot.RouterAgent.Benchmarks;

/// <summary>
/// Replaying a 7-day backlog: a prefill child writes 7 days of reports at the default intervals with
/// <see cref="OutboxReport.AppendAsync"/> (once; each round replays a copy of that file); a replay child holds only
/// the agent (composed as in Program.cs) and runs the real uploader with its default batching and pacing against
/// the receiver process until the outbox is empty. Peak RSS (VmHWM) of the replay child, time to drain, reports/s.
/// </summary>
internal static class ReplayBench
{
    public static async Task RunAsync(BenchSettings s, CancellationToken ct)
    {
        Console.WriteLine($"== memory-replay: {s.Days} days backlog, devices peak {s.PeakDevices}, {s.Rounds} rounds");
        var root = Directory.CreateTempSubdirectory("agent-bench-replay-").FullName;
        try
        {
            var prefillDir = Path.Combine(root, "prefill");
            long prefillDepth = 0;
            var sw = Stopwatch.StartNew();
            await using (var prefill = ChildProcess.Start("prefill", ["--dir", prefillDir, "--days", Str(s.Days), "--peak-devices", Str(s.PeakDevices)]))
            {
                var p = await prefill.ResultAsync(ct);
                prefillDepth = long.Parse(p["depth"], CultureInfo.InvariantCulture);
                Console.WriteLine($"prefill ({Stats.F(sw.Elapsed.TotalSeconds, 0)} s): " + string.Join(' ', p.Select(kv => $"{kv.Key}={kv.Value}")));
            }

            foreach (var (label, from) in new[] { ("empty outbox", (string?)null), ($"{s.Days}-day backlog", prefillDir) })
            {
                var costDir = Path.Combine(root, "append-cost");
                Directory.CreateDirectory(costDir);
                foreach (var file in from is null ? [] : Directory.GetFiles(from))
                {
                    File.Copy(file, Path.Combine(costDir, Path.GetFileName(file)));
                }

                await using var cost = ChildProcess.Start("append-cost", ["--dir", costDir, "--count", "200"]);
                Console.WriteLine($"append cost into the {label}: " + string.Join(' ', (await cost.ResultAsync(ct)).Select(kv => $"{kv.Key}={kv.Value}")));
                Directory.Delete(costDir, recursive: true);
            }

            var (receiver, url) = await Receiver.StartAsync(TimeSpan.FromMinutes(5), ct);
            await using (receiver)
            {
                var rows = new List<Dictionary<string, string>>();
                for (int round = 1; round <= s.Rounds; round++)
                {
                    var dir = Path.Combine(root, "round" + Str(round));
                    Directory.CreateDirectory(dir);
                    foreach (var file in Directory.GetFiles(prefillDir))
                    {
                        File.Copy(file, Path.Combine(dir, Path.GetFileName(file)));
                    }

                    var busy0 = Machine.CpuTicks();
                    Dictionary<string, string> r;
                    if (s.AgentExe is { } exe)
                    {
                        r = await ExeReplay.RoundAsync(exe, dir, url, prefillDepth, ct);
                    }
                    else
                    {
                        await using var child = ChildProcess.Start("replay", ["--dir", dir, "--central", url.ToString()]);
                        r = await child.ResultAsync(ct);
                    }

                    rows.Add(r);
                    Console.WriteLine($"round {round}: " + string.Join(' ', r.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value}")) +
                        $" | receiver {await Receiver.StatsAsync(url, ct)} | machine {Machine.BusyBetween(busy0, Machine.CpuTicks())}, {Machine.Load()}");
                    Directory.Delete(dir, recursive: true);
                }

                double Med(string key) => Stats.Median(rows.Select(r => double.Parse(r[key], CultureInfo.InvariantCulture)));
                Console.WriteLine($"memory-replay summary ({(s.AgentExe is null ? "agent in a bench child" : "agent exe " + s.AgentExe)}, median of {rows.Count}): peak VmHWM {Stats.F(Med("hwmMiB"), 1)} MiB " +
                    $"(VmRSS at the end: anonymous {Stats.F(Med("endAnonMiB"), 1)} MiB, file-backed {Stats.F(Med("endFileMiB"), 1)} MiB, shmem {Stats.F(Med("endShmemMiB"), 1)} MiB; VmHWM before the first upload {Stats.F(Med("startHwmMiB"), 1)} MiB), drained {Med("reports")} reports in {Stats.F(Med("drainS"), 1)} s " +
                    $"= {Stats.F(Med("reportsPerS"), 0)} reports/s with the default pacing (busy {Stats.F(Med("busyS"), 1)} s = " +
                    $"{Stats.F(Med("busyReportsPerS"), 0)} reports/s without the pauses), child CPU {Stats.F(Med("cpuS"), 1)} s; target ≤ 128 MB");
            }
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    /// <summary>Child: 7 days of reports at the default intervals, each appended (fsync'd) like the collector does.</summary>
    public static async Task<int> PrefillAsync(IReadOnlyDictionary<string, string> a, CancellationToken ct)
    {
        int days = int.Parse(a["--days"], CultureInfo.InvariantCulture);
        var clock = new JumpClock(-TimeSpan.FromDays(days));
        await using var agent = AgentHost.Build(a["--dir"], 0, null, null, clock);
        var outbox = agent.Outbox;
        var reports = new BacklogReports(int.Parse(a["--peak-devices"], CultureInfo.InvariantCulture), 42);
        var oldest = clock.GetUtcNow();
        int written = 0;
        for (int minute = 0; minute < days * 1440; minute++)
        {
            clock.Jump(TimeSpan.FromMinutes(1));
            var t = clock.GetUtcNow();
            await OutboxReport.AppendAsync(outbox, BenchSite.Id, t, true, reports.Router(t), ct);
            await OutboxReport.AppendAsync(outbox, BenchSite.Id, t, true, reports.Hotspot(t), ct);
            await OutboxReport.AppendAsync(outbox, BenchSite.Id, t, true, reports.Portal(), ct);
            written += 3;
            if (minute % 5 == 0)
            {
                await OutboxReport.AppendAsync(outbox, BenchSite.Id, t, true, BacklogReports.Agent(written, oldest, t), ct);
                written++;
            }
        }

        var stats = await outbox.GetStatsAsync(ct);
        Console.WriteLine(FormattableString.Invariant(
            $"RESULT written={written} depth={stats.Depth} storedMiB={stats.StoredBytes / 1048576.0:F1} fileMiB={stats.BytesOnDisk / 1048576.0:F1} drops={stats.Drops}"));
        return 0;
    }

    /// <summary>Child: the real uploader with its default batching and pacing (as its ExecuteAsync loop) until drained.</summary>
    public static async Task<int> ReplayAsync(IReadOnlyDictionary<string, string> a, CancellationToken ct)
    {
        var clock = new JumpClock(TimeSpan.Zero);
        await using var agent = AgentHost.Build(a["--dir"], 0, new Uri(a["--central"]), null, clock);
        var uploader = agent.Uploader;
        var depth = (await agent.Outbox.GetStatsAsync(ct)).Depth;
        var startHwm = Rss.Read().HwmMiB;
        var cpu0 = Environment.CpuUsage.TotalTime;
        long t0 = Stopwatch.GetTimestamp();
        long acked = 0, failures = 0;
        var busy = TimeSpan.Zero;
        double maxRss = 0;
        while (true)
        {
            long c0 = Stopwatch.GetTimestamp();
            var cycle = await uploader.RunCycleAsync(ct);
            busy += Stopwatch.GetElapsedTime(c0);
            acked += cycle.Acknowledged;
            maxRss = Math.Max(maxRss, Rss.Read().RssMiB);
            if (cycle.Last == UploadOutcome.Empty)
            {
                break;
            }

            failures += cycle.Last is UploadOutcome.Failed or UploadOutcome.Throttled ? 1 : 0;
            await Task.Delay(cycle.NextDelay, ct);
        }

        var drain = Stopwatch.GetElapsedTime(t0);
        var (_, hwm) = Rss.Read();
        var (anon, file, shmem) = Rss.Split();
        var left = (await agent.Outbox.GetStatsAsync(ct)).Depth;
        Console.WriteLine(FormattableString.Invariant(
            $"RESULT reports={acked} depthBefore={depth} depthAfter={left} failures={failures} drainS={drain.TotalSeconds:F1} reportsPerS={acked / drain.TotalSeconds:F0} busyS={busy.TotalSeconds:F1} busyReportsPerS={acked / busy.TotalSeconds:F0} hwmMiB={hwm:F1} maxRssMiB={maxRss:F1} committedMiB={Rss.CommittedMiB():F1} endAnonMiB={anon:F1} endFileMiB={file:F1} endShmemMiB={shmem:F1} startHwmMiB={startHwm:F1} cpuS={(Environment.CpuUsage.TotalTime - cpu0).TotalSeconds:F1}"));
        return 0;
    }

    private static string Str(int n) => n.ToString(CultureInfo.InvariantCulture);
}
