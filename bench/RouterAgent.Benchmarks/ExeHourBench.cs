using System.Globalization;

namespace KimHotspot.RouterAgent.Benchmarks;

/// <summary>
/// memory-hour against the deployed agent (<c>--agent-exe</c>). The agent runs on the real clock, so an hour is
/// compressed by configuration instead: every interval and backoff divided by the speed (at most 60, so no interval
/// falls under the 1 s the options allow), for 3600/speed seconds; the simulator child runs on a clock that fast.
/// Same number of polls, reports and uploads as an hour at the default intervals.
/// </summary>
internal static class ExeHourBench
{
    public static async Task RunAsync(BenchSettings s, string exe, CancellationToken ct)
    {
        int speed = Math.Min(s.Speed, 60);
        Console.WriteLine($"== memory-hour, agent {exe}: {s.HourSessions} active sessions, {s.Hours} simulated hour(s) at {speed}x (intervals / {speed}), {s.Rounds} rounds");
        var (receiver, url) = await Receiver.StartAsync(TimeSpan.FromHours(s.Hours + 2), ct);
        await using (receiver)
        {
            var variants = new List<(string Name, bool CentralUp, Dictionary<string, string> Env)>
            {
                ("as deployed, Central up", true, []),
                ("as deployed, Central down", false, []),
            };
            if (s.Tuned)
            {
                // W^X matters only to the JIT; a 4 MiB gen0 budget shows how much of the anonymous memory is garbage not yet collected.
                variants.Add(("DOTNET_EnableWriteXorExecute=0, Central up", true, new(StringComparer.Ordinal) { ["DOTNET_EnableWriteXorExecute"] = "0" }));
                variants.Add(("DOTNET_GCgen0size=0x400000, Central down", false, new(StringComparer.Ordinal) { ["DOTNET_GCgen0size"] = "0x400000" }));
            }

            foreach (var (name, centralUp, env) in variants)
            {
                var rows = new List<Dictionary<string, double>>();
                for (int round = 1; round <= s.Rounds; round++)
                {
                    rows.Add(await RoundAsync(s, exe, speed, centralUp ? url : null, env, round, name, ct));
                }

                double Med(string key) => Stats.Median(rows.Select(r => r[key]));
                Console.WriteLine($"memory-hour summary ({name}, agent exe, median of {rows.Count}): " +
                    $"VmRSS {Stats.F(Med("VmRSS"), 1)} MiB (no forced GC), VmHWM {Stats.F(Med("VmHWM"), 1)} MiB, " +
                    $"of which anonymous {Stats.F(Med("RssAnon"), 1)} MiB file-backed {Stats.F(Med("RssFile"), 1)} MiB, shmem {Stats.F(Med("RssShmem"), 1)} MiB, " +
                    $"VmRSS at start {Stats.F(Med("startRss"), 1)} MiB, agent CPU {Stats.F(Med("cpuS"), 1)} s; target ≤ 64 MB");
            }
        }
    }

    private static async Task<Dictionary<string, double>> RoundAsync(
        BenchSettings s, string exe, int speed, Uri? central, Dictionary<string, string> env, int round, string name, CancellationToken ct)
    {
        var busy0 = Machine.CpuTicks();
        var epoch = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
        await using var sim = ChildProcess.Start("simulator", ["--epoch-ms", epoch, "--speed", Str(speed), "--sessions", Str(s.HourSessions)]);
        var port = await sim.UrlAsync(ct);
        var dir = Directory.CreateTempSubdirectory("agent-bench-exe-hour-").FullName;
        try
        {
            string Scaled(TimeSpan t) => TimeSpan.FromTicks(Math.Max(TimeSpan.TicksPerSecond, t.Ticks / speed)).ToString("c", CultureInfo.InvariantCulture);
            var config = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["Router__Port"] = port,
                ["Central__Url"] = (central ?? new Uri($"http://127.0.0.1:{FreePort.Next()}/")).ToString(),
                ["Collect__PortalHealthUrl"] = new Uri(central ?? new Uri($"http://127.0.0.1:{FreePort.Next()}/"), "health").ToString(),
                ["Collect__RouterInterval"] = Scaled(TimeSpan.FromMinutes(1)),
                ["Collect__HotspotInterval"] = Scaled(TimeSpan.FromMinutes(1)),
                ["Collect__PortalInterval"] = Scaled(TimeSpan.FromMinutes(1)),
                ["Collect__AgentInterval"] = Scaled(TimeSpan.FromMinutes(5)),
                ["Central__Interval"] = Scaled(TimeSpan.FromMinutes(1)),
                ["Central__MaxBackoff"] = Scaled(TimeSpan.FromMinutes(10)),
                ["Central__BaseBackoff"] = "00:00:00.100",
            };
            await using var agent = AgentProcess.Start(exe, dir, config, env);
            await Task.Delay(TimeSpan.FromSeconds(3), ct);
            var startRss = agent.Status()["VmRSS"];
            var end = DateTime.UtcNow + TimeSpan.FromHours(s.Hours) / speed;
            double maxRss = 0;
            while (DateTime.UtcNow < end && !agent.HasExited)
            {
                maxRss = Math.Max(maxRss, agent.Status()["VmRSS"]);
                await Task.Delay(TimeSpan.FromMilliseconds(500), ct);
            }

            var r = agent.Status();
            r["startRss"] = startRss;
            r["maxRss"] = maxRss;
            r["cpuS"] = agent.CpuSeconds();
            Console.WriteLine($"round {round} ({name}): " +
                string.Join(' ', r.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={Stats.F(p.Value, 1)}")) +
                $" | machine {Machine.BusyBetween(busy0, Machine.CpuTicks())}, {Machine.Load()}");
            return r;
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private static string Str(long n) => n.ToString(CultureInfo.InvariantCulture);
}
