using System.Globalization;
using System.Text;

namespace KimHotspot.Portal.Benchmarks;

/// <summary>
/// (a) The splash page of a live login attempt under <c>wrk</c>, side by side with nginx serving the same
/// HTML as a static file, in alternating rounds after a warm-up of each. Medians over the rounds.
/// </summary>
internal static class SplashBench
{
    public static async Task RunAsync(ResidentClient client, BenchPhone phone, BenchSettings settings, CancellationToken cancellationToken)
    {
        var (splash, html) = await client.SplashAsync(phone.Mac, phone.Ip, cancellationToken);
        await using var nginx = await Nginx.StartAsync(html, cancellationToken);
        Console.WriteLine($"splash: {splash} ({Encoding.UTF8.GetByteCount(html):N0} bytes of HTML; nginx serves the same bytes at {nginx.Url})");
        Console.WriteLine("command: " + WrkResult.CommandLine(settings.Threads, settings.Connections, settings.Seconds, splash) +
            $"  (and the same against nginx), {settings.Rounds} alternating rounds after a 5 s warm-up of each");
        await WrkResult.RunAsync(settings.Threads, settings.Connections, 5, nginx.Url, cancellationToken);
        await WrkResult.RunAsync(settings.Threads, settings.Connections, 5, splash, cancellationToken);

        var portal = new List<WrkResult>();
        var reference = new List<WrkResult>();
        for (int round = 1; round <= settings.Rounds; round++)
        {
            var n = await WrkResult.RunAsync(settings.Threads, settings.Connections, settings.Seconds, nginx.Url, cancellationToken);
            var p = await WrkResult.RunAsync(settings.Threads, settings.Connections, settings.Seconds, splash, cancellationToken);
            reference.Add(n);
            portal.Add(p);
            Console.WriteLine($"  round {round}: nginx {Line(n)} | Portal {Line(p)} | ratio {p.RequestsPerSecond / n.RequestsPerSecond:F2}");
        }

        double portalRps = Stats.Median(portal.Select(r => r.RequestsPerSecond));
        double nginxRps = Stats.Median(reference.Select(r => r.RequestsPerSecond));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"splash medians: Portal {portalRps:F0} req/s, p99 {Stats.Median(portal.Select(r => r.P99Ms)):F1} ms | " +
            $"nginx {nginxRps:F0} req/s, p99 {Stats.Median(reference.Select(r => r.P99Ms)):F1} ms | " +
            $"Portal/nginx {portalRps / nginxRps:F2} (target >= 0.50; p99 target < 20 ms)"));
    }

    private static string Line(WrkResult r)
    {
        string non2xx = r.Non2xx > 0 ? $" non-2xx {r.Non2xx}" : string.Empty;
        string errors = r.Errors.Length > 0 ? $" errors [{r.Errors}]" : string.Empty;
        return string.Create(CultureInfo.InvariantCulture,
            $"{r.RequestsPerSecond:F0} req/s p50 {r.P50Ms:F2} ms p99 {r.P99Ms:F2} ms{non2xx}{errors}");
    }
}
