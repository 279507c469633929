using System.Collections.Concurrent;
using System.Diagnostics;
using KimHotspot.TestKit;

namespace KimHotspot.Central.Benchmarks;

/// <summary>
/// The built Central (same configuration as this harness, so Release under <c>-c Release</c>) as a child process:
/// <c>dotnet KimHotspot.Central.dll</c>, content root src/Central, Production, settings as environment variables, on an
/// ephemeral loopback port. <see cref="CreateOperatorAsync"/> runs the CLI against the same data folder (it also creates
/// the schema and the data-protection keys). Disposing stops the server and deletes the data folder.
/// </summary>
internal sealed class CentralProcess : IAsyncDisposable
{
    private readonly Dictionary<string, string> _environment;
    private Process? _process;

    private CentralProcess(Dictionary<string, string> environment, string dataDirectory) =>
        (_environment, DataDirectory) = (environment, dataDirectory);

    public string DataDirectory { get; }

    public string DatabasePath => Path.Combine(DataDirectory, "central.db");

    public Uri Url { get; private set; } = null!;

    public Process Process => _process ?? throw new InvalidOperationException("not started");

    public static string Configuration =>
        AppContext.BaseDirectory.Contains("/Release/", StringComparison.Ordinal) ? "Release" : "Debug";

    private static string ContentRoot => Path.Combine(RepositoryRoot.Path, "src", "Central");

    private static string Dll => Path.Combine(ContentRoot, "bin", Configuration, "net10.0", "KimHotspot.Central.dll");

    /// <summary>A Central on a fresh data folder (not started yet).</summary>
    public static CentralProcess Create(IReadOnlyDictionary<string, string> settings)
    {
        string data = Path.Combine(Path.GetTempPath(), "kimhotspot-bench-central-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(data);
        var environment = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["DOTNET_ENVIRONMENT"] = "Production",
            ["Central__DataDirectory"] = data,
        };
        foreach (var (key, value) in settings)
        {
            environment[key] = value;
        }

        return new CentralProcess(environment, data);
    }

    /// <summary><c>operator create &lt;name&gt; --role &lt;role&gt;</c>; returns the password it printed.</summary>
    public async Task<string> CreateOperatorAsync(string name, string role, CancellationToken cancellationToken)
    {
        var start = Start("operator", "create", name, "--role", role);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("the Central CLI did not start");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        const string marker = "Password (shown once): ";
        var text = await output;
        int at = text.IndexOf(marker, StringComparison.Ordinal);
        return process.ExitCode == 0 && at >= 0
            ? text[(at + marker.Length)..].Split('\n')[0].Trim()
            : throw new InvalidOperationException($"operator create failed ({process.ExitCode}):\n{text}\n{await error}");
    }

    /// <summary>Starts the server and returns once Kestrel says where it listens.</summary>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var process = Process.Start(Start("--urls=http://127.0.0.1:0")) ?? throw new InvalidOperationException("Central did not start");
        var listening = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        var log = new ConcurrentQueue<string>();
        void OnLine(object? sender, DataReceivedEventArgs e)
        {
            if (e.Data is null)
            {
                listening.TrySetException(new InvalidOperationException("Central exited:\n" + string.Join('\n', log)));
                return;
            }

            if (log.Count < 200)
            {
                log.Enqueue(e.Data);
            }

            const string marker = "Now listening on: ";
            int at = e.Data.IndexOf(marker, StringComparison.Ordinal);
            if (at >= 0)
            {
                listening.TrySetResult(new Uri(e.Data[(at + marker.Length)..].Trim()));
            }
        }

        process.OutputDataReceived += OnLine;
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null && log.Count < 200) { log.Enqueue(e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _process = process;
        Url = await listening.Task.WaitAsync(TimeSpan.FromSeconds(60), cancellationToken);
    }

    private ProcessStartInfo Start(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = ContentRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Dll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.ArgumentList.Add("--contentRoot=" + ContentRoot); // key=value: the operator CLI leaves it to the host
        foreach (var (key, value) in _environment)
        {
            start.Environment[key] = value;
        }

        return start;
    }

    public async ValueTask DisposeAsync()
    {
        if (_process is { } process)
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
            }

            process.Dispose();
        }

        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS temp cleaner.
        }
    }
}
