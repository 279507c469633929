using BenchmarkDotNet.Running;
using KimHotspot.RouterOs.Benchmarks;

// `codec [BenchmarkDotNet args]` runs the codec micro-benchmarks; see docs/benchmarks.md.
if (args.Length > 0 && args[0] == "codec")
{
    BenchmarkRunner.Run<CodecBenchmarks>(args: args[1..]);
    return 0;
}

Console.Error.WriteLine("usage: codec [BenchmarkDotNet options] | loopback [options]");
return 2;
