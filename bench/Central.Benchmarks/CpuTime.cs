using System.Diagnostics;

namespace KimHotspot.Central.Benchmarks;

/// <summary>CPU seconds (user + system) used so far by the processes of a run: Central, redis-server and this harness.</summary>
internal readonly record struct CpuTime(double Central, double Redis, double Harness)
{
    public static CpuTime Read(Process central, Process? redis)
    {
        central.Refresh();
        redis?.Refresh();
        return new CpuTime(
            central.TotalProcessorTime.TotalSeconds,
            redis?.TotalProcessorTime.TotalSeconds ?? 0,
            Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds);
    }

    public static CpuTime operator -(CpuTime a, CpuTime b) => new(a.Central - b.Central, a.Redis - b.Redis, a.Harness - b.Harness);

    /// <summary>CPU seconds of the server side (Central + Redis), what the reports/s per core figure divides by.</summary>
    public double Server => Central + Redis;

    public override string ToString() =>
        $"cpu s: Central {Stats.F(Central, 1)}, redis {Stats.F(Redis, 1)}, harness {Stats.F(Harness, 1)}";
}
