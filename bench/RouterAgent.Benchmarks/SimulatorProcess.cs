using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace KimHotspot.RouterAgent.Benchmarks;

/// <summary>
/// src/RouterSimulator as its own process on loopback (its CPU and memory are not the agent's), with
/// <c>--seed-sessions</c> active hotspot sessions carrying synthetic traffic. Same idea as bench/RouterOs.Benchmarks.
/// </summary>
internal sealed class SimulatorProcess : IAsyncDisposable
{
    public const string Password = "bench-only-router-password";

    private readonly Process _process;

    private SimulatorProcess(Process process, int port) => (_process, Port) = (process, port);

    public int Port { get; }

    public int ProcessId => _process.Id;

    public static async Task<SimulatorProcess> StartAsync(int sessions, CancellationToken ct)
    {
        int port = FreePort.Next();
        var dll = Path.Combine(AppContext.BaseDirectory, "KimHotspot.RouterSimulator.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { dll, "--api-port", Str(port), "--password", Password, "--seed-sessions", Str(sessions) })
        {
            start.ArgumentList.Add(a);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("the simulator did not start");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { Console.Error.WriteLine("[sim] " + e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        for (int i = 0; i < 600; i++)
        {
            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, port, ct);
                return new SimulatorProcess(process, port);
            }
            catch (SocketException)
            {
                await Task.Delay(100, ct);
            }
        }

        process.Kill(true);
        throw new InvalidOperationException("the simulator did not open its API port");
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

    private static string Str(int n) => n.ToString(CultureInfo.InvariantCulture);
}
