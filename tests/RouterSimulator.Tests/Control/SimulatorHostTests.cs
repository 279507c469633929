using System.Net;
using System.Net.Sockets;

namespace KimHotspot.RouterSimulator.Tests.Control;

public class SimulatorHostTests
{
    [Fact]
    public async Task StartAsync_NoWebPorts_RouterOnlyAndNoUrls()
    {
        await using var host = await SimulatorHost.StartAsync(new SimulatorOptions { ApiPort = 0, Password = "p" });

        Assert.Null(host.ControlUrl);
        Assert.Null(host.HotspotUrl);
        Assert.Equal((0, 0), (host.ControlPort, host.HttpPort));
        Assert.NotEqual(0, host.Router.ApiPort);
    }

    [Fact]
    public async Task StartAsync_EphemeralPorts_DistinctLoopbackUrls()
    {
        await using var sim = await TestSimulator.StartAsync();

        Assert.NotEqual(0, sim.Host.ControlPort);
        Assert.NotEqual(0, sim.Host.HttpPort);
        Assert.NotEqual(sim.Host.ControlPort, sim.Host.HttpPort);
        Assert.Equal(new Uri($"http://127.0.0.1:{sim.Host.ControlPort}/"), sim.Host.ControlUrl);
        Assert.Equal(new Uri($"http://127.0.0.1:{sim.Host.HttpPort}/"), sim.Host.HotspotUrl);
    }

    [Fact]
    public async Task DisposeAsync_Started_ListenersClosed()
    {
        var sim = await TestSimulator.StartAsync();
        int control = sim.Host.ControlPort;
        int front = sim.Host.HttpPort;

        await sim.DisposeAsync();

        foreach (int port in new[] { control, front })
        {
            using var tcp = new TcpClient();
            await Assert.ThrowsAnyAsync<SocketException>(() => tcp.ConnectAsync(IPAddress.Loopback, port));
        }
    }

    [Fact]
    public async Task StartAsync_ControlPortTaken_ThrowsIOException()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        int port = ((IPEndPoint)taken.LocalEndpoint).Port;

        await Assert.ThrowsAnyAsync<IOException>(() => SimulatorHost.StartAsync(
            new SimulatorOptions { ApiPort = 0, Password = "p", ControlPort = port }));
    }
}
