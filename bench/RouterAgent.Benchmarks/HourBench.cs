using System.Globalization;

namespace KimHotspot.RouterAgent.Benchmarks;

/// <summary>
/// Resident memory after an hour of polling. A child process holds only the agent, composed as in Program.cs and
/// started as a host (its own collector and uploader loops, default intervals: router, hotspot and Portal each minute,
/// agent every 5 minutes, uploads every minute) on a <see cref="ScaledClock"/>; a simulator child with N sessions runs
/// on the same scaled clock; Central and the Portal's /health are a receiver child (or Central is down).
/// After the simulated hours: VmRSS after a full GC, and VmHWM, while the host is still running.
/// </summary>
internal static class HourBench
{
    public static async Task RunAsync(BenchSettings s, CancellationToken ct)
    {
        if (s.AgentExe is { } exe)
        {
            await ExeHourBench.RunAsync(s, exe, ct);
            return;
        }

        Console.WriteLine($"== memory-hour: {s.HourSessions} active sessions, {s.Hours} simulated hour(s) at {s.Speed}x, {s.Rounds} rounds, Central up and Central down");
        var (receiver, url) = await Receiver.StartAsync(TimeSpan.FromHours(s.Hours + 2), ct);
        await using (receiver)
        {
            var variants = new List<(string Name, bool CentralUp, Dictionary<string, string> Env)>
            {
                ("default, Central up", true, []),
                ("default, Central down", false, []),
            };
            if (s.Tuned)
            {
                variants.Add(("tuned (" + string.Join(' ', Tuning.Select(kv => kv.Key + "=" + kv.Value)) + "), Central up", true, Tuning));
            }

            foreach (var (name, centralUp, env) in variants)
            {
                var rows = new List<Dictionary<string, string>>();
                for (int round = 1; round <= s.Rounds; round++)
                {
                    var busy0 = Machine.CpuTicks();
                    var epoch = Str(DateTimeOffset.UtcNow.ToUnixTimeMilliseconds());
                    await using var sim = ChildProcess.Start("simulator", ["--epoch-ms", epoch, "--speed", Str(s.Speed), "--sessions", Str(s.HourSessions)]);
                    var port = await sim.UrlAsync(ct);
                    var dir = Directory.CreateTempSubdirectory("agent-bench-hour-").FullName;
                    try
                    {
                        var args = new List<string>
                        {
                            "--dir", dir, "--router-port", port, "--hours", Str(s.Hours), "--portal", new Uri(url, "health").ToString(),
                            "--epoch-ms", epoch, "--speed", Str(s.Speed),
                        };
                        if (centralUp)
                        {
                            args.AddRange(["--central", url.ToString()]);
                        }

                        var before = await Receiver.StatsAsync(url, ct);
                        await using var child = ChildProcess.Start("hour", args, env);
                        var r = await child.ResultAsync(ct);
                        rows.Add(r);
                        Console.WriteLine($"round {round} ({name}): " +
                            string.Join(' ', r.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value}")) +
                            $" | receiver before {before}, after {await Receiver.StatsAsync(url, ct)} | machine {Machine.BusyBetween(busy0, Machine.CpuTicks())}, {Machine.Load()}");
                    }
                    finally
                    {
                        Directory.Delete(dir, recursive: true);
                    }
                }

                double Med(string key) => Stats.Median(rows.Select(r => double.Parse(r[key], CultureInfo.InvariantCulture)));
                Console.WriteLine($"memory-hour summary ({name}, median of {rows.Count}): " +
                    $"VmRSS after GC {Stats.F(Med("rssMiB"), 1)} MiB, VmHWM {Stats.F(Med("hwmMiB"), 1)} MiB, " +
                    $"of which anonymous {Stats.F(Med("anonMiB"), 1)} MiB file-backed {Stats.F(Med("fileMiB"), 1)} MiB, shmem {Stats.F(Med("shmemMiB"), 1)} MiB, managed heap {Stats.F(Med("managedMiB"), 1)} MiB, GC committed {Stats.F(Med("committedMiB"), 1)} MiB, VmRSS at start {Stats.F(Med("startRssMiB"), 1)} MiB; target ≤ 64 MB");
            }
        }
    }

    /// <summary>Child side: the agent host running for the simulated hours.</summary>
    public static async Task<int> ChildAsync(IReadOnlyDictionary<string, string> a, CancellationToken ct)
    {
        var clock = new ScaledClock(
            DateTimeOffset.FromUnixTimeMilliseconds(long.Parse(a["--epoch-ms"], CultureInfo.InvariantCulture)),
            double.Parse(a["--speed"], CultureInfo.InvariantCulture));
        Uri? central = a.TryGetValue("--central", out var c) ? new Uri(c) : null;
        // Timeouts are simulated time too: keep them long enough in real time for a busy shared machine.
        await using var agent = AgentHost.Build(a["--dir"], int.Parse(a["--router-port"], CultureInfo.InvariantCulture), central,
            new Uri(a["--portal"]), clock, new Dictionary<string, string?>
            {
                ["Router:CommandTimeout"] = "00:20:00",
                ["Router:ConnectTimeout"] = "00:20:00",
                ["Router:LoginTimeout"] = "00:20:00",
                ["Collect:PortalTimeout"] = "00:10:00",
                ["Central:RequestTimeout"] = "00:30:00",
            });
        var start = Rss.AfterGc();
        await agent.StartAsync(ct);
        int hours = int.Parse(a["--hours"], CultureInfo.InvariantCulture);
        for (int hour = 1; hour <= hours; hour++)
        {
            await Task.Delay(TimeSpan.FromHours(1), clock, ct);
            var hwm = Rss.Read().HwmMiB;
            var (rss, _) = Rss.AfterGc();
            var (anon, file, shmem) = Rss.Split();
            var stats = await agent.Outbox.GetStatsAsync(ct);
            Console.WriteLine($"hour {hour}: VmRSS after GC {Stats.F(rss, 1)} MiB, VmHWM {Stats.F(hwm, 1)} MiB, managed {Stats.F(Rss.ManagedMiB(), 1)} MiB, " +
                $"outbox depth {stats.Depth}, last ack {stats.LastAcknowledgedAt:u}, upload failures in a row {agent.Uploader.ConsecutiveFailures}");
            if (hour == hours)
            {
                Console.WriteLine(FormattableString.Invariant(
                    $"RESULT rssMiB={rss:F1} hwmMiB={hwm:F1} managedMiB={Rss.ManagedMiB():F1} committedMiB={Rss.CommittedMiB():F1} startRssMiB={start.RssMiB:F1} anonMiB={anon:F1} fileMiB={file:F1} shmemMiB={shmem:F1} depth={stats.Depth} failuresInRow={agent.Uploader.ConsecutiveFailures} cpuS={Environment.CpuUsage.TotalTime.TotalSeconds:F1}"));
            }
        }

        await agent.StopAsync(ct);
        return 0;
    }

    /// <summary>What only the environment can set: no W^X double mapping of JIT code (deployments set it), a smaller gen0
    /// budget (the default follows the L3 cache size) and at most two glibc malloc arenas. (No tiered PGO is built in.)</summary>
    private static readonly Dictionary<string, string> Tuning = new(StringComparer.Ordinal)
    {
        ["DOTNET_EnableWriteXorExecute"] = "0",
        ["DOTNET_GCgen0size"] = "0x400000",
        ["MALLOC_ARENA_MAX"] = "2",
    };

    private static string Str(long n) => n.ToString(CultureInfo.InvariantCulture);
}
