using System.Collections.Concurrent;
using System.Diagnostics;

namespace KimHotspot.RouterAgent.Tests.Faults;

/// <summary>
/// The real agent as its own process: <c>dotnet KimHotspot.RouterAgent.dll</c> from the test's output folder (where
/// the project reference copies it with its runtimeconfig and appsettings), configured only through environment
/// variables. Keeps the last lines of its output for failure messages; never outlives the test (killed on dispose).
/// </summary>
public sealed class AgentProcess : IAsyncDisposable
{
    private const int TailLines = 60;
    private static readonly string[] Inherited = ["NOTIFY_SOCKET", "WATCHDOG_USEC", "WATCHDOG_PID", "SYSTEMD_EXEC_PID"];

    private readonly Process _process;
    private readonly ConcurrentQueue<string> _tail = new();

    private AgentProcess(Process process) => _process = process;

    public int Id => _process.Id;

    /// <summary>Completes when the process has ended, for whatever reason.</summary>
    public Task Exited { get; private set; } = Task.CompletedTask;

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    /// <summary>The last lines the agent wrote (stdout and stderr).</summary>
    public string Tail => string.Join(Environment.NewLine, _tail);

    public static AgentProcess Start(IReadOnlyDictionary<string, string> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var folder = AppContext.BaseDirectory;
        var dll = Path.Combine(folder, "KimHotspot.RouterAgent.dll");
        Assert.True(File.Exists(dll), $"The agent is not in the test output: {dll}");
        var info = new ProcessStartInfo(DotnetHost())
        {
            WorkingDirectory = folder,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        info.ArgumentList.Add(dll);
        foreach (var name in Inherited)
        {
            info.Environment.Remove(name); // not under systemd, whatever runs the tests
        }

        foreach (var (name, value) in environment)
        {
            info.Environment[name] = value;
        }

        var agent = new AgentProcess(new Process { StartInfo = info });
        agent._process.OutputDataReceived += (_, e) => agent.Keep(e.Data);
        agent._process.ErrorDataReceived += (_, e) => agent.Keep(e.Data);
        agent._process.Start();
        agent._process.BeginOutputReadLine();
        agent._process.BeginErrorReadLine();
        agent.Exited = agent._process.WaitForExitAsync();
        return agent;
    }

    /// <summary>SIGKILL: no shutdown code runs, like a power cut.</summary>
    public async Task KillAsync()
    {
        _process.Kill();
        await Exited;
    }

    /// <summary>SIGTERM (what systemd sends on stop) and waits for the exit; returns the exit code.</summary>
    public async Task<int> TerminateAsync(TimeSpan timeout)
    {
        using var kill = Process.Start(new ProcessStartInfo("kill") { ArgumentList = { "-TERM", Id.ToString(System.Globalization.CultureInfo.InvariantCulture) } })!;
        await kill.WaitForExitAsync();
        Assert.Equal(0, kill.ExitCode);
        await Exited.WaitAsync(timeout);
        return _process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            try
            {
                _process.Kill(entireProcessTree: true);
            }
            catch (InvalidOperationException)
            {
                // Already gone.
            }

            await Exited.WaitAsync(TimeSpan.FromSeconds(30));
        }
        finally
        {
            _process.Dispose();
        }
    }

    private static string DotnetHost()
    {
        // The muxer that runs the tests runs the agent too (testhost is started as "dotnet testhost.dll").
        var self = Environment.ProcessPath;
        return self is not null && Path.GetFileNameWithoutExtension(self) == "dotnet" ? self : "dotnet";
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        _tail.Enqueue(line);
        while (_tail.Count > TailLines && _tail.TryDequeue(out _))
        {
        }
    }
}
