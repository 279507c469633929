using System.Diagnostics;
using System.Globalization;
using StackExchange.Redis;

namespace KimHotspot.Central.Benchmarks;

/// <summary>
/// A <c>redis-server</c> child on a free loopback port in a temp folder, append-only as Central's tests run it
/// (<c>--save "" --appendonly yes</c>) with the given <c>appendfsync</c>. Disposing kills it and deletes the folder.
/// </summary>
internal sealed class RedisProcess : IAsyncDisposable
{
    private RedisProcess(Process process, int port, string directory, string fsync) =>
        (Process, Port, Directory, Fsync) = (process, port, directory, fsync);

    public Process Process { get; }

    public int Port { get; }

    public string Directory { get; }

    public string Fsync { get; }

    public string ConnectionString => "127.0.0.1:" + Port.ToString(CultureInfo.InvariantCulture);

    public static async Task<RedisProcess> StartAsync(string fsync, CancellationToken cancellationToken)
    {
        int port = FreePort.Next();
        string dir = Path.Combine(Path.GetTempPath(), "kimhotspot-bench-redis-" + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(dir);
        var start = new ProcessStartInfo("redis-server")
        {
            WorkingDirectory = dir,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var arg in new[] { "--port", port.ToString(CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--dir", dir,
            "--save", "", "--appendonly", "yes", "--appendfsync", fsync, "--daemonize", "no" })
        {
            start.ArgumentList.Add(arg);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("redis-server did not start");
        var ready = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                ready.TrySetException(new InvalidOperationException("redis-server exited"));
            }
            else if (e.Data.Contains("Ready to accept connections", StringComparison.Ordinal))
            {
                ready.TrySetResult();
            }
        };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await ready.Task.WaitAsync(TimeSpan.FromSeconds(30), cancellationToken);
        return new RedisProcess(process, port, dir, fsync);
    }

    /// <summary>A client connection configured like Central's (no abort on connect failure, fail fast while down).</summary>
    public Task<ConnectionMultiplexer> ConnectAsync()
    {
        var config = ConfigurationOptions.Parse(ConnectionString);
        config.AbortOnConnectFail = false;
        config.BacklogPolicy = BacklogPolicy.FailFast;
        config.ClientName = "bench";
        return ConnectionMultiplexer.ConnectAsync(config);
    }

    public async ValueTask DisposeAsync()
    {
        if (!Process.HasExited)
        {
            Process.Kill();
            await Process.WaitForExitAsync();
        }

        Process.Dispose();
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS temp cleaner.
        }
    }
}
