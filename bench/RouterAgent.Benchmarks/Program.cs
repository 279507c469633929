using KimHotspot.RouterAgent.Benchmarks;

// Load harness for the RouterAgent (not BenchmarkDotNet):
//   dotnet run -c Release --project bench/RouterAgent.Benchmarks -- [poll|memory-hour|memory-replay|all] [--rounds 3] ...
// The simulator and the receiver run as their own processes; memory is measured in child processes (this program
// re-executed with --child MODE) that hold only the agent.
using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) => { e.Cancel = true; stop.Cancel(); };
var ct = stop.Token;

if (args.Length >= 2 && args[0] == "--child")
{
    var named = new Dictionary<string, string>(StringComparer.Ordinal);
    for (int i = 2; i + 1 < args.Length; i += 2)
    {
        named[args[i]] = args[i + 1];
    }

    return args[1] switch
    {
        "receiver" => await Receiver.RunAsync(TimeSpan.FromMinutes(int.Parse(named["--max-skew-minutes"], System.Globalization.CultureInfo.InvariantCulture)), ct),
        "simulator" => await SimulatorChild.RunAsync(named, ct),
        "hour" => await HourBench.ChildAsync(named, ct),
        "prefill" => await ReplayBench.PrefillAsync(named, ct),
        "append-cost" => await AppendCost.RunAsync(named, ct),
        "replay" => await ReplayBench.ReplayAsync(named, ct),
        _ => 2,
    };
}

if (BenchCommandLine.ParseOrExplain(args, BenchSettings.Parse, BenchSettings.Usage) is not { } settings)
{
    return 2;
}

Console.WriteLine("machine: " + Machine.Describe() + ", " + Machine.Load());
#if DEBUG
Console.WriteLine("WARNING: Debug build; run with -c Release for figures worth writing down.");
#endif
if (settings.Mode is "poll" or "all")
{
    await PollBench.RunAsync(settings, ct);
}

if (settings.Mode is "memory-hour" or "all")
{
    await HourBench.RunAsync(settings, ct);
}

if (settings.Mode is "memory-replay" or "all")
{
    await ReplayBench.RunAsync(settings, ct);
}

return 0;
