using System.Diagnostics;
using KimHotspot.RouterSimulator.Cli;

namespace KimHotspot.RouterSimulator.Tests.Cli;

public class SimulatorCommandTests
{
    [Fact]
    public async Task RunAsync_BadValue_ExitCode2AndOneLineMessage()
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();

        int code = await SimulatorCommand.RunAsync(["--api-port", "x"], stdout, stderr, null, CancellationToken.None);

        Assert.Equal(2, code);
        Assert.StartsWith("error: --api-port: 'x' is not a TCP port", stderr.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", stderr.ToString(), StringComparison.Ordinal);
        Assert.Empty(stdout.ToString());
    }

    [Fact]
    public async Task RunAsync_Help_ExitCode0AndUsage()
    {
        var stdout = new StringWriter();

        int code = await SimulatorCommand.RunAsync(["--help"], stdout, new StringWriter(), null, CancellationToken.None);

        Assert.Equal(0, code);
        Assert.Contains("Usage:", stdout.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_NoPassword_PrintsGeneratedPasswordAndAddressesThenStopsOnCancel()
    {
        var stdout = new StringWriter();
        using var stop = new CancellationTokenSource();
        var output = new BannerWatcher(stdout, stop);

        int code = await SimulatorCommand.RunAsync(["--api-port", "0", "--user", "kim"], output, new StringWriter(), null, stop.Token);

        Assert.Equal(0, code);
        string text = stdout.ToString();
        Assert.Matches("API password for user 'kim' is [A-Za-z0-9]{16}", text);
        Assert.Matches(@"RouterOS API +127\.0\.0\.1:[1-9][0-9]*", text);
        Assert.Contains("Control API       off", text, StringComparison.Ordinal);
        Assert.Contains("Stopping", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_ApiPortTaken_ExitCode1WithOneLineError()
    {
        using var taken = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        taken.Start();
        string port = ((System.Net.IPEndPoint)taken.LocalEndpoint).Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var stderr = new StringWriter();

        int code = await SimulatorCommand.RunAsync(["--api-port", port, "--password", "p"], new StringWriter(), stderr, null, CancellationToken.None);

        Assert.Equal(1, code);
        Assert.StartsWith("error: the simulator could not start:", stderr.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Program_BadValue_ProcessExitsWith2WithoutStackTrace()
    {
        string dll = Path.Combine(AppContext.BaseDirectory, "KimHotspot.RouterSimulator.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in new[] { dll, "--ros-version", "9.1" })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);

        Assert.Equal(2, process.ExitCode);
        string text = await stderr;
        Assert.Contains("--ros-version: RouterOS 9.1 is not simulated", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", text, StringComparison.Ordinal);
    }

    /// <summary>Cancels the run as soon as the banner's last line has been written.</summary>
    private sealed class BannerWatcher(StringWriter inner, CancellationTokenSource stop) : TextWriter
    {
        public override System.Text.Encoding Encoding => inner.Encoding;

        public override void Write(char value) => inner.Write(value);

        public override Task WriteLineAsync(string? value)
        {
            inner.WriteLine(value);
            if (value?.Contains("Press Ctrl+C", StringComparison.Ordinal) == true)
            {
                stop.Cancel();
            }

            return Task.CompletedTask;
        }
    }
}
