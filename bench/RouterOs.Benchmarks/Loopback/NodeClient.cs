using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace KimHotspot.RouterOs.Benchmarks.Loopback;

/// <summary>Runs node/print-bench.js (node-routeros) against the same simulator, for a side-by-side figure.</summary>
internal static class NodeClient
{
    public static async Task<List<double>?> PrintTimesAsync(int port, string password, int iterations)
    {
        var script = FindScript();
        if (script is null)
        {
            Console.WriteLine("node-routeros comparison skipped: run `npm ci --prefix tests/Interop` first.");
            return null;
        }

        var start = new ProcessStartInfo("node") { RedirectStandardOutput = true };
        foreach (var a in new[] { script, port.ToString(CultureInfo.InvariantCulture), password, iterations.ToString(CultureInfo.InvariantCulture) })
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        using var doc = JsonDocument.Parse(output);
        return doc.RootElement.GetProperty("ms").EnumerateArray().Select(e => e.GetDouble()).ToList();
    }

    private static string? FindScript()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var script = Path.Combine(dir.FullName, "bench", "RouterOs.Benchmarks", "node", "print-bench.js");
            if (File.Exists(script) && Directory.Exists(Path.Combine(dir.FullName, "tests", "Interop", "node_modules")))
            {
                return script;
            }
        }

        return null;
    }
}
