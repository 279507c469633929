using System.Diagnostics;

namespace KimHotspot.Demo.Launch;

/// <summary>
/// One host running as its own process (<c>dotnet &lt;dll&gt;</c>), its output in a log file. Stopping sends SIGTERM, waits
/// up to <see cref="StopTimeout"/>, then kills; disposing stops.
/// </summary>
public sealed class HostProcess : IAsyncDisposable
{
    /// <summary>How long a host gets to stop after SIGTERM before it is killed.</summary>
    public static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(10);

    private readonly Process _process;
    private readonly HostLog _log;
    private readonly Task _readyLine;

    private HostProcess(HostStart start, Process process, HostLog log, Task readyLine)
    {
        Start = start;
        _process = process;
        _log = log;
        _readyLine = readyLine;
        Exited = _process.WaitForExitAsync();
    }

    /// <summary>How it was started.</summary>
    public HostStart Start { get; }

    /// <summary>The child's process id.</summary>
    public int Id => _process.Id;

    /// <summary>Completes when the process has exited (and its output is in the log).</summary>
    public Task Exited { get; }

    /// <summary>Whether the process has exited.</summary>
    public bool HasExited => Exited.IsCompleted;

    /// <summary>The exit code, once exited.</summary>
    public int ExitCode => _process.ExitCode;

    /// <summary>Starts the host and waits until it is ready; throws (with the log's tail) when it exits or times out first.</summary>
    public static async Task<HostProcess> StartAsync(HostStart start, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(start);
        // The ready line is watched from the first line on: the log exists before the process starts.
        var readyLine = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var log = new HostLog(start.LogPath, line =>
        {
            if (start.ReadyText is not null && line.Contains(start.ReadyText, StringComparison.Ordinal))
            {
                readyLine.TrySetResult();
            }
        });
        var host = new HostProcess(start, Launch(start, log), log, readyLine.Task);
        try
        {
            await host.WaitReadyAsync(cancellationToken);
            return host;
        }
        catch
        {
            await host.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// Runs the host's command line once (e.g. <c>operator create …</c>) and returns its exit code and output. The output
    /// (it may show a password or a key once) stays in memory, never in a log file.
    /// </summary>
    public static async Task<(int ExitCode, string Output)> RunOnceAsync(HostStart start, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(start);
        await using var log = new HostLog(path: null);
        using var process = Launch(start, log);
        try
        {
            await process.WaitForExitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return (process.ExitCode, log.All());
    }

    /// <summary>The last lines of the host's output.</summary>
    public string LogTail() => _log.Tail();

    /// <summary>SIGTERM, up to <see cref="StopTimeout"/> to exit, then kill.</summary>
    public async Task StopAsync()
    {
        if (!HasExited && Signals.Terminate(_process.Id))
        {
            try
            {
                await Exited.WaitAsync(StopTimeout);
            }
            catch (TimeoutException)
            {
                // Did not stop in time: killed below.
            }
        }

        if (!HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await Exited;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _process.Dispose();
        await _log.DisposeAsync();
    }

    private static Process Launch(HostStart start, HostLog log)
    {
        if (!File.Exists(start.Dll))
        {
            throw new InvalidOperationException($"{start.Name}: {start.Dll} is missing; build first (dotnet build src/Demo -c {BuildOutput.Configuration}).");
        }

        Directory.CreateDirectory(start.LogDirectory);
        var info = new ProcessStartInfo(System.Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = start.WorkingDirectory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        info.ArgumentList.Add(start.Dll);
        foreach (var argument in start.Arguments)
        {
            info.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in start.Environment)
        {
            info.Environment[key] = value;
        }

        var process = new Process { StartInfo = info };
        process.OutputDataReceived += (_, e) => log.Write(e.Data);
        process.ErrorDataReceived += (_, e) => log.Write(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private async Task WaitReadyAsync(CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Start.StartTimeout);
        var probe = Start.ReadyUrl is null ? _readyLine : ProbeAsync(Start.ReadyUrl, timeout.Token);
        try
        {
            await Task.WhenAny(probe, Exited).WaitAsync(timeout.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new HostStartException(Start.Name, $"did not get ready within {Start.StartTimeout.TotalSeconds:0} s", Start.LogPath, LogTail());
        }

        if (HasExited)
        {
            throw new HostStartException(Start.Name, $"exited with code {ExitCode} while starting", Start.LogPath, LogTail());
        }

        if (!probe.IsCompletedSuccessfully)
        {
            // The probe gave up (its token ran out, or it failed) without the host answering.
            cancellationToken.ThrowIfCancellationRequested();
            throw new HostStartException(Start.Name, $"did not get ready within {Start.StartTimeout.TotalSeconds:0} s", Start.LogPath, LogTail());
        }
    }

    private async Task ProbeAsync(Uri url, CancellationToken cancellationToken)
    {
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { Timeout = TimeSpan.FromSeconds(5) };
        while (!HasExited)
        {
            try
            {
                using var response = await http.GetAsync(url, cancellationToken);
                return; // any answer: the host is listening
            }
            catch (HttpRequestException)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(250), cancellationToken);
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // A slow first answer: ask again.
            }
        }
    }
}
