using BenchmarkDotNet.Running;
using KimHotspot.RouterOs.Benchmarks;
using KimHotspot.RouterOs.Benchmarks.Loopback;

// `codec [BenchmarkDotNet options]`: the codec micro-benchmarks.
// `loopback [rows] [iterations]`: client against the simulator in another process.
// Results and the commands that produced them: docs/benchmarks.md.
if (args.Length > 0 && args[0] == "codec")
{
    BenchmarkRunner.Run<CodecBenchmarks>(args: args[1..]);
    return 0;
}

if (args.Length > 0 && args[0] == "loopback")
{
    return await LoopbackBenchmark.RunAsync(args[1..]);
}

Console.Error.WriteLine("usage: codec [BenchmarkDotNet options] | loopback [rows] [iterations]");
return 2;
