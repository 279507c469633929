using System.Runtime.InteropServices;
using System.Security.Cryptography;
using KimHotspot.Demo;
using KimHotspot.RouterSimulator;

// Runs KimHotspot locally: the RouterOS simulator (a fake village MikroTik with 20 phones online)
// in this process, and the village Portal as its own process wired to it. This machine's browser
// (127.0.0.1) joins the hotspot as one more phone. Ctrl+C stops everything.
var root = RepositoryRoot.Find();
var data = Environment.GetEnvironmentVariable("KIMHOTSPOT_DATA") ?? Path.Combine(root, "data");
var routerPassword = RandomNumberGenerator.GetString("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789", 20);
using var stop = new CancellationTokenSource();
using var onInterrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
using var onTerminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);

await using var simulator = await SimulatorHost.StartAsync(new SimulatorOptions
{
    ApiPort = Ports.RouterApi, HttpPort = Ports.Hotspot, ControlPort = Ports.Control, SeedSessions = 20,
    Password = routerPassword, PortalUrl = $"http://127.0.0.1:{Ports.Portal}/hs",
});
simulator.Router.JoinDevice("02:00:00:00:00:01", "127.0.0.1");

var adminPassword = await PortalProcess.ResetDemoAdminAsync(root, data, routerPassword, stop.Token);
await using var portal = await PortalProcess.StartAsync(root, data, routerPassword, stop.Token);

Console.WriteLine($"""

    KimHotspot is running (data and Portal log in {data}):
      Resident, as a phone on the KIM Wi-Fi:  http://127.0.0.1:{Ports.Hotspot}/   (the router sends you to the Portal)
      Portal:                                 http://127.0.0.1:{Ports.Portal}/
      KIM admin console:                      http://127.0.0.1:{Ports.Portal}/admin   user admin, password {adminPassword} (new at every start)
      Simulator control API:                  http://127.0.0.1:{Ports.Control}/devices  /sessions
      RouterOS API (simulated):               127.0.0.1:{Ports.RouterApi}  user admin, password {routerPassword}
    Press Ctrl+C to stop.
    """);

await portal.WaitAsync(stop.Token);
Console.WriteLine("Stopping ...");
return 0;

void Stop(PosixSignalContext context)
{
    context.Cancel = true;
    stop.Cancel();
}
