using System.Diagnostics;
using System.Globalization;

namespace KimHotspot.RouterAgent.Benchmarks;

/// <summary>
/// The agent as deployed (<c>--agent-exe</c>: a native AOT binary, or the JIT apphost in the agent's bin folder, which
/// reads the agent's own runtimeconfig.json), configured by environment variables as an operator would, on the real
/// clock. Its memory is read from outside, from <c>/proc/PID/status</c>: nothing can force a GC in it first.
/// </summary>
internal sealed class AgentProcess : IAsyncDisposable
{
    private readonly Process _process;

    private AgentProcess(Process process) => _process = process;

    public int ProcessId => _process.Id;

    public bool HasExited => _process.HasExited;

    public static AgentProcess Start(string exe, string dir, IReadOnlyDictionary<string, string> config, IReadOnlyDictionary<string, string>? env)
    {
        var start = new ProcessStartInfo(Path.GetFullPath(exe))
        {
            RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = dir,
        };
        start.Environment["Site__Id"] = BenchSite.Id;
        start.Environment["Site__Key"] = BenchSite.KeyText;
        start.Environment["Site__ClockSync"] = "Synced";
        start.Environment["Outbox__Directory"] = dir;
        start.Environment["Router__Host"] = "127.0.0.1";
        start.Environment["Router__User"] = "admin";
        start.Environment["Router__Password"] = SimulatorProcess.Password;
        foreach (var (k, v) in config.Concat(env ?? new Dictionary<string, string>()))
        {
            start.Environment[k] = v;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("agent did not start");
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { Console.WriteLine("  [agent] " + e.Data); } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { Console.Error.WriteLine("  [agent] " + e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new AgentProcess(process);
    }

    /// <summary>VmRSS, VmHWM, RssAnon, RssFile, RssShmem of the agent, in MiB.</summary>
    public Dictionary<string, double> Status()
    {
        var result = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines($"/proc/{_process.Id}/status"))
        {
            var parts = line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length >= 2 && parts[0] is "VmRSS:" or "VmHWM:" or "RssAnon:" or "RssFile:" or "RssShmem:")
            {
                result[parts[0].TrimEnd(':')] = long.Parse(parts[1], CultureInfo.InvariantCulture) / 1024.0;
            }
        }

        return result;
    }

    /// <summary>User + system CPU seconds of the agent so far (<c>/proc/PID/stat</c> would need the clock tick).</summary>
    public double CpuSeconds() => _process.TotalProcessorTime.TotalSeconds;

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(true);
        }

        await _process.WaitForExitAsync();
        _process.Dispose();
    }
}
