using System.Diagnostics;
using System.Globalization;
using System.Net.Sockets;

namespace KimHotspot.Portal.Benchmarks;

/// <summary>
/// Debian's nginx as our own child process on 127.0.0.1, serving one saved page as a static file
/// from a temporary prefix (config, pid, logs, temp folders). Disposing stops it and deletes the prefix.
/// </summary>
internal sealed class Nginx : IAsyncDisposable
{
    public const string Executable = "/usr/sbin/nginx";

    private readonly Process _process;
    private readonly string _prefix;

    private Nginx(Process process, string prefix, Uri url)
    {
        _process = process;
        _prefix = prefix;
        Url = url;
    }

    public Uri Url { get; }

    /// <summary>Serves <paramref name="html"/> for every path, as text/html, keep-alive without a request cap.</summary>
    public static async Task<Nginx> StartAsync(string html, CancellationToken cancellationToken)
    {
        if (!File.Exists(Executable))
        {
            throw new InvalidOperationException($"nginx not found at {Executable}: apt-get install -y nginx");
        }

        string prefix = Path.Combine(Path.GetTempPath(), "kimhotspot-bench-nginx-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(prefix, "www"));
        Directory.CreateDirectory(Path.Combine(prefix, "tmp"));
        await File.WriteAllTextAsync(Path.Combine(prefix, "www", "splash.html"), html, cancellationToken);
        int port = FreePort.Next();
        string config = string.Create(CultureInfo.InvariantCulture, $$"""
            daemon off;
            worker_processes auto;
            pid {{prefix}}/nginx.pid;
            error_log {{prefix}}/error.log warn;
            events { worker_connections 4096; }
            http {
                access_log off;
                sendfile on;
                tcp_nopush on;
                keepalive_requests 1000000;
                client_body_temp_path {{prefix}}/tmp/body;
                proxy_temp_path {{prefix}}/tmp/proxy;
                fastcgi_temp_path {{prefix}}/tmp/fastcgi;
                uwsgi_temp_path {{prefix}}/tmp/uwsgi;
                scgi_temp_path {{prefix}}/tmp/scgi;
                server {
                    listen 127.0.0.1:{{port}};
                    root {{prefix}}/www;
                    default_type text/html;
                    location / { try_files /splash.html =404; }
                }
            }
            """);
        string configPath = Path.Combine(prefix, "nginx.conf");
        await File.WriteAllTextAsync(configPath, config, cancellationToken);
        var start = new ProcessStartInfo(Executable)
        {
            ArgumentList = { "-p", prefix, "-c", configPath },
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        var process = Process.Start(start) ?? throw new InvalidOperationException("nginx did not start");
        var nginx = new Nginx(process, prefix, new Uri($"http://127.0.0.1:{port}/"));
        await nginx.WaitListeningAsync(port, cancellationToken);
        return nginx;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        Directory.Delete(_prefix, recursive: true);
    }

    private async Task WaitListeningAsync(int port, CancellationToken cancellationToken)
    {
        for (int i = 0; i < 100; i++)
        {
            if (_process.HasExited)
            {
                string error = await _process.StandardError.ReadToEndAsync(cancellationToken);
                throw new InvalidOperationException("nginx exited: " + error);
            }

            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync("127.0.0.1", port, cancellationToken);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(100, cancellationToken);
            }
        }

        throw new InvalidOperationException("nginx did not listen within 10 s");
    }
}
