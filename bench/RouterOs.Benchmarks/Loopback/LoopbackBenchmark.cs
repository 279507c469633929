using System.Diagnostics;
using System.Globalization;
using KimHotspot.RouterOs.Connection;

namespace KimHotspot.RouterOs.Benchmarks.Loopback;

/// <summary>
/// End-to-end figures against the simulator in another process on loopback:
/// a 5,000-row <c>/ip/hotspot/active/print</c>, and 1,000 small commands sent one by one versus
/// all in flight at once on one connection. Medians over repeated runs, allocations from the GC.
/// </summary>
internal static class LoopbackBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        int rows = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 5000;
        int iterations = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 30;
        const string password = "bench-only-password";
        await using var simulator = await SimulatorProcess.StartAsync(password, rows);
        await using var connection = await RouterOsConnection.ConnectAsync(new RouterOsConnectionOptions
        {
            Host = "127.0.0.1",
            Port = simulator.Port,
            UserName = "admin",
            Password = password,
        });

        var print = new RouterOsCommand("/ip/hotspot/active/print");
        var times = new List<double>();
        var allocs = new List<long>();
        int seen = 0;
        for (int i = 0; i < iterations + 5; i++)
        {
            long before = GC.GetTotalAllocatedBytes(precise: true);
            var sw = Stopwatch.StartNew();
            var response = await connection.ExecuteAsync(print);
            sw.Stop();
            long after = GC.GetTotalAllocatedBytes(precise: true);
            seen = response.Rows.Count;
            if (i >= 5)
            {
                times.Add(sw.Elapsed.TotalMilliseconds);
                allocs.Add(after - before);
            }
        }

        Console.WriteLine($"print {seen} rows: median {Median(times):F1} ms, p90 {Percentile(times, 0.9):F1} ms, " +
            $"min {times.Min():F1} ms; allocated median {Median(allocs.Select(a => (double)a)) / 1024 / 1024:F2} MiB " +
            $"({Median(allocs.Select(a => (double)a)) / Math.Max(1, seen):F0} B/row) over {iterations} runs");

        var node = await NodeClient.PrintTimesAsync(simulator.Port, password, iterations);
        if (node is not null)
        {
            Console.WriteLine($"same print through node-routeros: median {Median(node):F1} ms, p90 {Percentile(node, 0.9):F1} ms; " +
                $"node-routeros / ours = {Median(node) / Median(times):F2}x");
        }

        var small = new RouterOsCommand("/system/identity/print");
        var sequential = new List<double>();
        var pipelined = new List<double>();
        for (int round = 0; round < 7; round++)
        {
            var sw = Stopwatch.StartNew();
            for (int i = 0; i < 1000; i++)
            {
                await connection.ExecuteAsync(small);
            }

            sequential.Add(sw.Elapsed.TotalMilliseconds);
            sw.Restart();
            await Task.WhenAll(Enumerable.Range(0, 1000).Select(_ => connection.ExecuteAsync(small)));
            pipelined.Add(sw.Elapsed.TotalMilliseconds);
        }

        double seq = Median(sequential.Skip(2));
        double pipe = Median(pipelined.Skip(2));
        Console.WriteLine($"1000 small commands: one at a time median {seq:F1} ms ({1000 / seq * 1000:F0}/s), " +
            $"all in flight median {pipe:F1} ms ({1000 / pipe * 1000:F0}/s); ratio {seq / pipe:F2}x (5 rounds after 2 warm-up)");
        return 0;
    }

    private static double Median(IEnumerable<double> values) => Percentile(values.ToList(), 0.5);

    private static double Percentile(IEnumerable<double> values, double p)
    {
        var sorted = values.Order().ToList();
        return sorted[(int)Math.Min(sorted.Count - 1, Math.Round(p * (sorted.Count - 1)))];
    }
}
