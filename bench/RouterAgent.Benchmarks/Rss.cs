using System.Globalization;

namespace KimHotspot.RouterAgent.Benchmarks;

/// <summary>Resident memory of this process from /proc/self/status (VmRSS now, VmHWM the peak), in MiB.</summary>
internal static class Rss
{
    public static (double RssMiB, double HwmMiB) Read()
    {
        double rss = double.NaN, hwm = double.NaN;
        foreach (var line in File.ReadLines("/proc/self/status"))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
            {
                rss = Kib(line) / 1024.0;
            }
            else if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
            {
                hwm = Kib(line) / 1024.0;
            }
        }

        return (rss, hwm);
    }

    /// <summary>VmRSS split: private anonymous memory (heaps, stacks, JIT code) and file-backed pages (mapped
    /// assemblies and native libraries, shared with other processes and reclaimable) and shared memory (the runtime's
    /// W^X double-mapped JIT code), in MiB.</summary>
    public static (double AnonMiB, double FileMiB, double ShmemMiB) Split()
    {
        double anon = double.NaN, file = double.NaN, shmem = double.NaN;
        foreach (var line in File.ReadLines("/proc/self/status"))
        {
            if (line.StartsWith("RssAnon:", StringComparison.Ordinal))
            {
                anon = Kib(line) / 1024.0;
            }
            else if (line.StartsWith("RssFile:", StringComparison.Ordinal))
            {
                file = Kib(line) / 1024.0;
            }
            else if (line.StartsWith("RssShmem:", StringComparison.Ordinal))
            {
                shmem = Kib(line) / 1024.0;
            }
        }

        return (anon, file, shmem);
    }

    /// <summary>Full blocking compaction first, so VmRSS is what the agent keeps, not garbage not yet collected.</summary>
    public static (double RssMiB, double HwmMiB) AfterGc()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        return Read();
    }

    /// <summary>Memory the GC has committed (heap plus free regions it keeps for reuse).</summary>
    public static double CommittedMiB() => GC.GetGCMemoryInfo().TotalCommittedBytes / 1024.0 / 1024.0;

    public static double ManagedMiB() => GC.GetTotalMemory(forceFullCollection: false) / 1024.0 / 1024.0;

    private static long Kib(string line) =>
        long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
}
