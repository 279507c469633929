using System.Globalization;
using System.Runtime;
using System.Runtime.InteropServices;

namespace KimHotspot.RouterAgent.Benchmarks;

/// <summary>The facts a figure needs to be read: cores, CPU model, OS, runtime, GC mode, and how busy the box was.</summary>
internal static class Machine
{
    public static string Describe()
    {
        string cpu = "unknown CPU";
        if (File.Exists("/proc/cpuinfo"))
        {
            cpu = File.ReadLines("/proc/cpuinfo")
                .Where(l => l.StartsWith("model name", StringComparison.Ordinal))
                .Select(l => l[(l.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim())
                .FirstOrDefault() ?? cpu;
        }

        string gc = GCSettings.IsServerGC ? "server GC" : "workstation GC";
        return $"{cpu}, nproc {Environment.ProcessorCount}, {RuntimeInformation.OSDescription}, " +
            $".NET {Environment.Version}, {gc}, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC";
    }

    /// <summary>The 1/5/15-minute load averages (other engineers share the machine).</summary>
    public static string Load() =>
        File.Exists("/proc/loadavg")
            ? "loadavg " + string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3))
            : "loadavg n/a";

    /// <summary>Busy fraction of all cores between two /proc/stat readings (everybody's work, not only ours).</summary>
    public static (long Busy, long Total) CpuTicks()
    {
        if (!File.Exists("/proc/stat"))
        {
            return (0, 0);
        }

        var fields = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Select(f => long.Parse(f, CultureInfo.InvariantCulture)).ToArray();
        long idle = fields[3] + (fields.Length > 4 ? fields[4] : 0);
        long total = fields.Take(8).Sum();
        return (total - idle, total);
    }

    public static string BusyBetween((long Busy, long Total) before, (long Busy, long Total) after)
    {
        long total = after.Total - before.Total;
        return total <= 0 ? "n/a" : Stats.F(100.0 * (after.Busy - before.Busy) / total, 0) + "% of all cores busy";
    }
}
