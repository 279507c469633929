using System.Runtime.InteropServices;

namespace KimHotspot.Portal.Benchmarks;

/// <summary>The facts a figure needs to be read: cores, CPU model, OS, runtime.</summary>
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

        return $"{cpu}, nproc {Environment.ProcessorCount}, {RuntimeInformation.OSDescription}, " +
            $".NET {Environment.Version}, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC";
    }
}
