using System.Diagnostics;
using System.Reflection;

namespace KimHotspot.RouterAgent.Benchmarks;

/// <summary>
/// This bench re-executed with <c>--child MODE …</c>, so a measured process holds only the agent's pieces.
/// The child prints <c>RESULT key=value …</c> lines (and <c>URL …</c> for the receiver); everything else is echoed.
/// </summary>
internal sealed class ChildProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly List<string> _results = [];
    private readonly TaskCompletionSource<string> _url = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private ChildProcess(Process process) => _process = process;

    public int ProcessId => _process.Id;

    public static ChildProcess Start(string mode, IEnumerable<string> args, IReadOnlyDictionary<string, string>? environment = null)
    {
        var dll = Assembly.GetExecutingAssembly().Location;
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(dll);
        start.ArgumentList.Add("--child");
        start.ArgumentList.Add(mode);
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        foreach (var (k, v) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[k] = v;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("child did not start");
        var child = new ChildProcess(process);
        process.OutputDataReceived += (_, e) => child.OnLine(mode, e.Data);
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { Console.Error.WriteLine($"[{mode}] {e.Data}"); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return child;
    }

    /// <summary>The URL a receiver child printed once it listens.</summary>
    public Task<string> UrlAsync(CancellationToken ct) => _url.Task.WaitAsync(TimeSpan.FromMinutes(2), ct);

    /// <summary>Waits for a normal exit and returns the RESULT lines parsed into key/value pairs.</summary>
    public async Task<Dictionary<string, string>> ResultAsync(CancellationToken ct)
    {
        await _process.WaitForExitAsync(ct);
        if (_process.ExitCode != 0)
        {
            throw new InvalidOperationException($"child exited with code {_process.ExitCode}");
        }

        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        lock (_results)
        {
            foreach (var pair in _results.SelectMany(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)))
            {
                var eq = pair.IndexOf('=', StringComparison.Ordinal);
                if (eq > 0)
                {
                    result[pair[..eq]] = pair[(eq + 1)..];
                }
            }
        }

        return result;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(true);
        }

        await _process.WaitForExitAsync();
        _process.Dispose();
    }

    private void OnLine(string mode, string? line)
    {
        if (line is null)
        {
            return;
        }

        if (line.StartsWith("RESULT ", StringComparison.Ordinal))
        {
            lock (_results)
            {
                _results.Add(line[7..]);
            }
        }
        else if (line.StartsWith("URL ", StringComparison.Ordinal))
        {
            _url.TrySetResult(line[4..].Trim());
        }
        else
        {
            Console.WriteLine($"  [{mode}] {line}");
        }
    }
}
