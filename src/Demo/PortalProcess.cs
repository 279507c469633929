using System.Diagnostics;
using System.Globalization;

namespace KimHotspot.Demo;

/// <summary>The village Portal as its own process (as in production), started from its project folder so its styles are served.</summary>
internal sealed class PortalProcess : IAsyncDisposable
{
#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif

    private readonly Process _process;
    private readonly StreamWriter _log;

    private PortalProcess(Process process, StreamWriter log)
    {
        _process = process;
        _log = log;
    }

    public static async Task<PortalProcess> StartAsync(string root, string data, string routerPassword, CancellationToken cancellationToken)
    {
        var process = Process.Start(StartInfo(root, data, routerPassword, [])) ?? throw new InvalidOperationException("The Portal did not start.");
        var log = new StreamWriter(Path.Combine(data, "portal.log"), append: false) { AutoFlush = true };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { log.WriteLine(e.Data); } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { log.WriteLine(e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var portal = new PortalProcess(process, log);
        await portal.WaitUntilAnsweringAsync(cancellationToken);
        return portal;
    }

    /// <summary>
    /// Makes sure the demo's KIM admin account "admin" exists with a fresh generated password, through the Portal's
    /// own <c>admin</c> command (there is no default password), and returns that password.
    /// </summary>
    public static async Task<string> ResetDemoAdminAsync(string root, string data, string routerPassword, CancellationToken cancellationToken)
    {
        var (created, output) = await RunAsync(
            StartInfo(root, data, routerPassword, ["admin", "create", "--username", "admin", "--name", "Admin KIM (demo)", "--role", "admin"]), cancellationToken);
        if (!created)
        {
            // A later run over the same data: the account exists, so give it a new password.
            (_, output) = await RunAsync(StartInfo(root, data, routerPassword, ["admin", "reset-password", "--username", "admin"]), cancellationToken);
        }

        const string Marker = "(shown once): ";
        var line = output.Split('\n').FirstOrDefault(l => l.Contains(Marker, StringComparison.Ordinal))
            ?? throw new InvalidOperationException("The Portal's admin command printed no password:\n" + output);
        return line[(line.IndexOf(Marker, StringComparison.Ordinal) + Marker.Length)..].Trim();
    }

    /// <summary>Completes when the Portal exits or <paramref name="cancellationToken"/> is cancelled.</summary>
    public async Task WaitAsync(CancellationToken cancellationToken)
    {
        try
        {
            await _process.WaitForExitAsync(cancellationToken);
            Console.Error.WriteLine("The Portal stopped; see portal.log.");
        }
        catch (OperationCanceledException)
        {
            // Ctrl+C: the normal way out.
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        await _log.DisposeAsync();
    }

    private static ProcessStartInfo StartInfo(string root, string data, string routerPassword, string[] arguments)
    {
        var project = Path.Combine(root, "src", "Portal");
        var dll = Path.Combine(project, "bin", Configuration, "net10.0", "KimHotspot.Portal.dll");
        Directory.CreateDirectory(Path.Combine(data, "portal"));
        var start = new ProcessStartInfo("dotnet", [dll, .. arguments])
        {
            WorkingDirectory = project,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["Portal__DataDirectory"] = Path.Combine(data, "portal");
        start.Environment["Router__Host"] = "127.0.0.1";
        start.Environment["Router__Port"] = Ports.RouterApi.ToString(CultureInfo.InvariantCulture);
        start.Environment["Router__User"] = "admin";
        start.Environment["Router__Password"] = routerPassword;
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{Ports.Portal}";
        return start;
    }

    private static async Task<(bool Succeeded, string Output)> RunAsync(ProcessStartInfo start, CancellationToken cancellationToken)
    {
        using var process = Process.Start(start) ?? throw new InvalidOperationException("The Portal did not start.");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var errors = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        return (process.ExitCode == 0, await output + await errors);
    }

    private async Task WaitUntilAnsweringAsync(CancellationToken cancellationToken)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        for (int i = 0; i < 150 && !_process.HasExited; i++)
        {
            try
            {
                using var response = await http.GetAsync(new Uri($"http://127.0.0.1:{Ports.Portal}/"), cancellationToken);
                return;
            }
            catch (HttpRequestException)
            {
                await Task.Delay(200, cancellationToken);
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // A slow first answer: try again.
            }
        }

        throw new InvalidOperationException("The Portal did not answer on port " + Ports.Portal + "; see portal.log.");
    }
}
