using System.Globalization;
using System.Runtime;
using System.Runtime.InteropServices;

namespace KimHotspot.Bench.Common;

/// <summary>The facts a figure needs to be read: cores, CPU model, OS, runtime, GC mode, and how busy the box was.</summary>
public static class Machine
{
    /// <summary>CPU model, cores, OS, .NET version, GC mode and the UTC time, on one line.</summary>
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

    /// <summary>Busy and total jiffies of all cores from /proc/stat (everybody's work, not only ours).</summary>
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

    /// <summary>Percent of all cores busy between two <see cref="CpuTicks"/> readings (NaN when no time passed).</summary>
    public static double BusyPercent((long Busy, long Total) before, (long Busy, long Total) after)
    {
        long total = after.Total - before.Total;
        return total <= 0 ? double.NaN : 100.0 * (after.Busy - before.Busy) / total;
    }

    /// <summary><see cref="BusyPercent"/> as text: "37% of all cores busy", or "n/a".</summary>
    public static string BusyBetween((long Busy, long Total) before, (long Busy, long Total) after)
    {
        double percent = BusyPercent(before, after);
        return double.IsNaN(percent) ? "n/a" : Stats.F(percent, 0) + "% of all cores busy";
    }
}
