using KimHotspot.RouterSetup.Cli;

using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stop.Cancel();
};
return await SetupCommand.RunAsync(args, Console.Out, Console.Error, stop.Token);
