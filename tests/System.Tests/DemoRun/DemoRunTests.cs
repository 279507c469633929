using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using KimHotspot.Demo.Launch;
using KimHotspot.System.Tests.Kit;

namespace KimHotspot.System.Tests.DemoRun;

/// <summary>The built Demo as a process on free ports with its own data folder: everything starts, answers, and stops on SIGINT.</summary>
public sealed partial class DemoRunTests
{
    private static readonly TimeSpan Generous = TimeSpan.FromMinutes(4);

    [Fact]
    public async Task Run_StartsEveryHost_UrlsAnswer_SigIntStopsAllCleanly()
    {
        var data = Path.Combine(Path.GetTempPath(), "kimhotspot-system-tests", Guid.NewGuid().ToString("N"));
        var root = BuildOutput.RepositoryRoot();
        var demo = BuildOutput.Dll(BuildOutput.Project(root, "Demo"), "KimHotspot.Demo");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        foreach (var arg in new[] { demo, "--data", data, "--api-port", Free(), "--hotspot-port", Free(), "--control-port", Free(), "--portal-port", Free(), "--central-port", Free() })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = new StringBuilder();
        var ready = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        process.OutputDataReceived += (_, e) =>
        {
            lock (output)
            {
                output.AppendLine(e.Data);
            }

            if (e.Data?.Contains("Press Ctrl+C to stop.", StringComparison.Ordinal) == true)
            {
                ready.TrySetResult();
            }
        };
        process.ErrorDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await Task.WhenAny(ready.Task, process.WaitForExitAsync()).WaitAsync(Generous);
            Assert.True(ready.Task.IsCompleted, "the demo did not print its block:\n" + Text(output));
            var printed = Text(output);
            var pids = PidPattern().Matches(printed).Select(m => int.Parse(m.Groups[1].Value, global::System.Globalization.CultureInfo.InvariantCulture)).ToList();
            Assert.Equal(4, pids.Count);
            var urls = UrlPattern().Matches(printed).Select(m => new Uri(m.Value)).Distinct().ToList();
            Assert.True(urls.Count >= 5, printed);
            using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
            foreach (var url in urls)
            {
                using var response = await http.GetAsync(url);
                Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Found or HttpStatusCode.Redirect,
                    $"{url} answered {(int)response.StatusCode}");
            }

            Assert.Equal(0, Kill(process.Id, 2)); // SIGINT
            await process.WaitForExitAsync().WaitAsync(Generous);
            Assert.Equal(0, process.ExitCode);
            Assert.All(pids, pid => Assert.False(Alive(pid), $"child {pid} is still running"));
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }

            TryDelete(data);
        }
    }

    [Fact]
    public async Task Run_PortalPortTaken_SaysWhichPortAndStartsNothing()
    {
        var data = Path.Combine(Path.GetTempPath(), "kimhotspot-system-tests", Guid.NewGuid().ToString("N"));
        var root = BuildOutput.RepositoryRoot();
        using var squatter = new global::System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        squatter.Start();
        var taken = ((IPEndPoint)squatter.LocalEndpoint).Port.ToString(global::System.Globalization.CultureInfo.InvariantCulture);
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        foreach (var arg in new[] { BuildOutput.Dll(BuildOutput.Project(root, "Demo"), "KimHotspot.Demo"), "--data", data,
                     "--api-port", Free(), "--hotspot-port", Free(), "--control-port", Free(), "--portal-port", taken, "--central-port", Free() })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(Generous);

        Assert.Equal(1, process.ExitCode);
        Assert.Contains($"port {taken} (Portal)", await error, StringComparison.Ordinal);
        Assert.DoesNotContain("Starting", output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(data), "nothing was prepared");
    }

    private static string Free() => FreePort.Next().ToString(global::System.Globalization.CultureInfo.InvariantCulture);

    private static bool Alive(int pid)
    {
        try
        {
            using var p = Process.GetProcessById(pid);
            return !p.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static string Text(StringBuilder output)
    {
        lock (output)
        {
            return output.ToString();
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            Directory.Delete(path, recursive: true);
        }
        catch (IOException)
        {
            // Best effort.
        }
    }

    [global::System.Runtime.InteropServices.DllImport("libc", EntryPoint = "kill")]
    private static extern int Kill(int pid, int signal);

    [GeneratedRegex(@"\(pid (\d+),")]
    private static partial Regex PidPattern();

    [GeneratedRegex(@"http://127\.0\.0\.1:\d+/[^\s)]*")]
    private static partial Regex UrlPattern();
}
