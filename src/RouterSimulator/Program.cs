using KimHotspot.RouterSimulator.Cli;

// The RouterOS simulator as a program: options from the command line (see --help or README.md),
// logs to the console, Ctrl+C / SIGTERM stop it cleanly.
using var loggerFactory = LoggerFactory.Create(logging => logging
    .AddSimpleConsole(console => console.SingleLine = true)
    .SetMinimumLevel(LogLevel.Information)
    .AddFilter("Microsoft", LogLevel.Warning)
    .AddFilter("Microsoft.Extensions.Hosting", LogLevel.Critical)); // start failures are printed as one line
using var stop = new StopSignal();
return await SimulatorCommand.RunAsync(args, Console.Out, Console.Error, loggerFactory, stop.Token);
