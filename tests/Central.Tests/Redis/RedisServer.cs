using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace KimHotspot.Central.Tests.Redis;

/// <summary>
/// A real <c>redis-server</c> on a free loopback port in a temp folder, append-only with fsync on every write (as
/// Central's README asks). <see cref="StopAsync"/> kills it like a crash; <see cref="StartAsync()"/> brings it back on
/// the same port and folder, reloading the append-only file. Dispose kills it and deletes the folder.
/// </summary>
internal sealed class RedisServer : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);
    private Process? _process;

    private RedisServer(int port, string directory) => (Port, Directory) = (port, directory);

    public int Port { get; }

    public string Directory { get; }

    public string ConnectionString => $"127.0.0.1:{Port}";

    public static async Task<RedisServer> StartNewAsync()
    {
        var dir = Path.Combine(Path.GetTempPath(), "kimhotspot-redis-tests", Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(dir);
        var server = new RedisServer(FreePort(), dir);
        await server.StartAsync();
        return server;
    }

    /// <summary>Starts (again) and returns once it answers PING.</summary>
    public async Task StartAsync()
    {
        var info = new ProcessStartInfo("redis-server")
        {
            WorkingDirectory = Directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { "--port", Port.ToString(CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--dir", Directory,
            "--save", "", "--appendonly", "yes", "--appendfsync", "always", "--daemonize", "no" })
        {
            info.ArgumentList.Add(arg);
        }

        var ready = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var log = new StringBuilder();
        var process = new Process { StartInfo = info, EnableRaisingEvents = true };
        process.OutputDataReceived += (_, e) =>
        {
            lock (log)
            {
                log.AppendLine(e.Data);
            }

            if (e.Data?.Contains("Ready to accept connections", StringComparison.Ordinal) == true)
            {
                ready.TrySetResult();
            }
        };
        process.Exited += (_, _) => ready.TrySetException(new InvalidOperationException("redis-server exited:\n" + log));
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _process = process;
        await ready.Task.WaitAsync(StartTimeout);
        Assert.Equal("+PONG", await CommandAsync("PING"));
    }

    /// <summary>Kills the server (SIGKILL: whatever it acknowledged must already be on disk).</summary>
    public async Task StopAsync()
    {
        if (_process is not { } process)
        {
            return;
        }

        _process = null;
        process.Kill();
        await process.WaitForExitAsync();
        process.Dispose();
    }

    /// <summary>Sends one inline command and returns the answer's first line, or the value of a bulk string.</summary>
    public async Task<string> CommandAsync(string command)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, Port);
        var stream = client.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes(command + "\r\n"));
        using var reader = new StreamReader(stream, Encoding.ASCII);
        var first = await reader.ReadLineAsync() ?? "";
        return first.StartsWith('$') && first != "$-1" ? await reader.ReadLineAsync() ?? "" : first;
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // Cleaned by the OS later.
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
