using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace KimHotspot.Portal.Benchmarks;

/// <summary>One <c>wrk --latency</c> run and the figures read from its report.</summary>
internal sealed partial record WrkResult(double RequestsPerSecond, double P50Ms, double P99Ms, long Requests, long Non2xx, string Errors)
{
    public const string Executable = "/usr/bin/wrk";

    public static string CommandLine(int threads, int connections, int seconds, Uri url) =>
        $"wrk -t{threads} -c{connections} -d{seconds}s --latency {url}";

    public static async Task<WrkResult> RunAsync(int threads, int connections, int seconds, Uri url, CancellationToken cancellationToken)
    {
        if (!File.Exists(Executable))
        {
            throw new InvalidOperationException($"wrk not found at {Executable}: apt-get install -y wrk");
        }

        var start = new ProcessStartInfo(Executable)
        {
            ArgumentList =
            {
                $"-t{threads}", $"-c{connections}", $"-d{seconds}s", "--latency", "--timeout", "10s", url.ToString(),
            },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("wrk did not start");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        string report = await output;
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"wrk failed ({process.ExitCode}): {await error}{report}");
        }

        return Parse(report);
    }

    public static WrkResult Parse(string report)
    {
        double rps = double.Parse(Rps().Match(report).Groups[1].Value, CultureInfo.InvariantCulture);
        long requests = long.Parse(Total().Match(report).Groups[1].Value, CultureInfo.InvariantCulture);
        var non2xx = Non2xxLine().Match(report);
        var errors = SocketErrorsLine().Match(report);
        return new WrkResult(rps, Latency(report, "50"), Latency(report, "99"), requests,
            non2xx.Success ? long.Parse(non2xx.Groups[1].Value, CultureInfo.InvariantCulture) : 0,
            errors.Success ? errors.Groups[1].Value.Trim() : string.Empty);
    }

    private static double Latency(string report, string percentile)
    {
        var m = Regex.Match(report, @"^\s*" + percentile + @"%\s+([0-9.]+)(us|ms|s)\s*$", RegexOptions.Multiline | RegexOptions.CultureInvariant);
        double value = double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
        return m.Groups[2].Value switch
        {
            "us" => value / 1000,
            "s" => value * 1000,
            _ => value,
        };
    }

    [GeneratedRegex(@"Requests/sec:\s+([0-9.]+)", RegexOptions.CultureInvariant)]
    private static partial Regex Rps();

    [GeneratedRegex(@"([0-9]+) requests in", RegexOptions.CultureInvariant)]
    private static partial Regex Total();

    [GeneratedRegex(@"Non-2xx or 3xx responses:\s+([0-9]+)", RegexOptions.CultureInvariant)]
    private static partial Regex Non2xxLine();

    [GeneratedRegex(@"Socket errors:(.*)$", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex SocketErrorsLine();
}
