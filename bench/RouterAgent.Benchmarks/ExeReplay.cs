using System.Diagnostics;
using System.Globalization;

namespace KimHotspot.RouterAgent.Benchmarks;

/// <summary>
/// memory-replay against the deployed agent (<c>--agent-exe</c>): the agent process opens the copied backlog and runs
/// as configured by default (its uploader loop, batch 200 / 512 KiB, 10 batches per cycle, 1 s backlog pause; the
/// router is unreachable and no Portal is watched). The bench polls <c>/proc/PID/status</c> and the receiver's count
/// of deliveries until the whole backlog has arrived.
/// </summary>
internal static class ExeReplay
{
    public static async Task<Dictionary<string, string>> RoundAsync(string exe, string dir, Uri central, long depth, CancellationToken ct)
    {
        long before = await DeliveriesAsync(central, ct);
        var config = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["Central__Url"] = central.ToString(),
            ["Router__Port"] = FreePort.Next().ToString(CultureInfo.InvariantCulture),
            ["Collect__PortalHealthUrl"] = "",
        };
        long t0 = Stopwatch.GetTimestamp();
        await using var agent = AgentProcess.Start(exe, dir, config, null);
        await Task.Delay(TimeSpan.FromSeconds(1), ct);
        var start = agent.Status();
        double maxRss = 0;
        long arrived = 0;
        while (arrived < depth)
        {
            if (agent.HasExited || Stopwatch.GetElapsedTime(t0) > TimeSpan.FromMinutes(30))
            {
                throw new InvalidOperationException($"agent exited or took too long: {arrived} of {depth} reports arrived");
            }

            maxRss = Math.Max(maxRss, agent.Status()["VmRSS"]);
            await Task.Delay(TimeSpan.FromMilliseconds(500), ct);
            arrived = await DeliveriesAsync(central, ct) - before; // each round replays the same keys: count deliveries
        }

        var drain = Stopwatch.GetElapsedTime(t0);
        var end = agent.Status();
        string F(double v) => Stats.F(v, 1);
        return new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["reports"] = arrived.ToString(CultureInfo.InvariantCulture),
            ["drainS"] = F(drain.TotalSeconds),
            ["reportsPerS"] = Stats.F(arrived / drain.TotalSeconds, 0),
            ["busyS"] = "NaN", // not visible from outside
            ["busyReportsPerS"] = "NaN",
            ["hwmMiB"] = F(end["VmHWM"]),
            ["maxRssMiB"] = F(Math.Max(maxRss, end["VmRSS"])),
            ["endAnonMiB"] = F(end["RssAnon"]),
            ["endFileMiB"] = F(end["RssFile"]),
            ["endShmemMiB"] = F(end["RssShmem"]),
            ["startHwmMiB"] = F(start["VmHWM"]),
            ["cpuS"] = F(agent.CpuSeconds()),
        };
    }

    private static async Task<long> DeliveriesAsync(Uri central, CancellationToken ct)
    {
        var stats = await Receiver.StatsAsync(central, ct); // "distinct=N deliveries=N rejected=N"
        var deliveries = stats.Split(' ').First(p => p.StartsWith("deliveries=", StringComparison.Ordinal));
        return long.Parse(deliveries["deliveries=".Length..], CultureInfo.InvariantCulture);
    }
}
