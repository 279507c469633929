using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace KimHotspot.RouterOs.Benchmarks.Loopback;

/// <summary>The simulator as a separate process on loopback, so its work and allocations are not counted as the client's.</summary>
internal sealed class SimulatorProcess : IAsyncDisposable
{
    private readonly Process _process;

    private SimulatorProcess(Process process, int port)
    {
        _process = process;
        Port = port;
    }

    public int Port { get; }

    public static async Task<SimulatorProcess> StartAsync(string password, int seedSessions)
    {
        int port = FreePort();
        var dll = Path.Combine(AppContext.BaseDirectory, "KimHotspot.RouterSimulator.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { dll, "--api-port", Str(port), "--password", password, "--seed-sessions", Str(seedSessions), "--ros-version", "7.19" })
        {
            start.ArgumentList.Add(a);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("simulator did not start");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { Console.Error.WriteLine("[sim] " + e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        for (int i = 0; i < 300; i++)
        {
            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, port);
                return new SimulatorProcess(process, port);
            }
            catch (SocketException)
            {
                await Task.Delay(100);
            }
        }

        process.Kill(true);
        throw new InvalidOperationException("simulator did not open its API port");
    }

    public async ValueTask DisposeAsync()
    {
        _process.Kill(true);
        await _process.WaitForExitAsync();
        _process.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string Str(int n) => n.ToString(CultureInfo.InvariantCulture);
}
