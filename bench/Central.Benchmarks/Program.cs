namespace KimHotspot.Central.Benchmarks;

/// <summary>
/// Load harness for Central (not BenchmarkDotNet): Central as its own process (Release build output) on loopback,
/// redis-server as its own process, the load generators and the bare StackExchange.Redis loop in this process.
/// Usage: <c>dotnet bin/Release/net10.0/KimHotspot.Central.Benchmarks.dll [ingest|overview|all] [--rounds 3] ...</c>
/// </summary>
internal static class BenchProgram
{
    public static async Task<int> Main(string[] args)
    {
        if (BenchCommandLine.ParseOrExplain(args, BenchSettings.Parse, BenchSettings.Usage) is not { } settings)
        {
            return 2;
        }

        using var stop = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) => { e.Cancel = true; stop.Cancel(); };
        Console.WriteLine("machine: " + Machine.Describe() + ", " + Machine.Load());
        if (CentralProcess.Configuration != "Release")
        {
            Console.WriteLine("WARNING: not a Release build; build with -c Release for figures worth writing down.");
        }

        if (settings.Mode is "ingest" or "all")
        {
            await IngestBench.RunAsync(settings, stop.Token);
        }

        if (settings.Mode is "overview" or "all")
        {
            await OverviewBench.RunAsync(settings, stop.Token);
        }

        Console.WriteLine("done: " + Machine.Load());
        return 0;
    }
}
