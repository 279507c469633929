using System.Runtime.InteropServices;
using KimHotspot.Demo;
using KimHotspot.Demo.Launch;

// Runs the whole KimHotspot system locally, each host as its own process from its build output: the RouterOS
// simulator (a fake village MikroTik with 20 phones online), Central, the village Portal and the RouterAgent,
// with demo data. This machine's browser (127.0.0.1) joins the hotspot as one more phone. Ctrl+C stops everything.
var root = BuildOutput.RepositoryRoot();
DemoOptions options;
try
{
    options = DemoOptions.Parse(args, root);
}
catch (ArgumentException e)
{
    Console.Error.WriteLine("error: " + e.Message + Environment.NewLine
        + "Usage: dotnet run --project src/Demo [-- --data DIR] [--redis host:port] [--ports-offset N] [--api-port|--hotspot-port|--control-port|--portal-port|--central-port N]");
    return 2;
}

using var stop = new CancellationTokenSource();
using var onInterrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
using var onTerminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
return await new DemoRun(root, options).RunAsync(stop.Token);

void Stop(PosixSignalContext context)
{
    context.Cancel = true;
    stop.Cancel();
}
