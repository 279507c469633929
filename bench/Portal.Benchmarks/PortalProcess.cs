using System.Diagnostics;
using KimHotspot.TestKit;

namespace KimHotspot.Portal.Benchmarks;

/// <summary>
/// The built Portal (same configuration as this harness, so Release under <c>-c Release</c>) as a child
/// process on an ephemeral loopback port, content root src/Portal, a fresh data folder and the
/// given settings as environment variables. Disposing stops it and deletes the data folder.
/// </summary>
internal sealed class PortalProcess : IAsyncDisposable
{
    private readonly Process _process;

    private PortalProcess(Process process, Uri url, string dataDirectory, string configuration)
    {
        _process = process;
        Url = url;
        DataDirectory = dataDirectory;
        Configuration = configuration;
    }

    public Uri Url { get; }

    public string DataDirectory { get; }

    public string Configuration { get; }

    public static async Task<PortalProcess> StartAsync(IReadOnlyDictionary<string, string> settings, CancellationToken cancellationToken)
    {
        string root = RepositoryRoot.Path;
        string configuration = AppContext.BaseDirectory.Contains("/Release/", StringComparison.Ordinal) ? "Release" : "Debug";
        string contentRoot = Path.Combine(root, "src", "Portal");
        string dll = Path.Combine(contentRoot, "bin", configuration, "net10.0", "KimHotspot.Portal.dll");
        string data = Path.Combine(Path.GetTempPath(), "kimhotspot-bench-portal-" + Guid.NewGuid().ToString("N"));
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { dll, "--urls", "http://127.0.0.1:0", "--contentRoot", contentRoot },
            WorkingDirectory = contentRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Portal__DataDirectory"] = data;
        start.Environment["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information";
        foreach (var (key, value) in settings)
        {
            start.Environment[key] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("the Portal did not start");
        var listening = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        var log = new System.Collections.Concurrent.ConcurrentQueue<string>();
        void OnLine(object? sender, DataReceivedEventArgs e)
        {
            if (e.Data is null)
            {
                listening.TrySetException(new InvalidOperationException("the Portal exited:\n" + string.Join('\n', log)));
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
        var url = await listening.Task.WaitAsync(TimeSpan.FromSeconds(60), cancellationToken);
        return new PortalProcess(process, url, data, configuration);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
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
