using System.Diagnostics;
using System.Net;
using System.Text.Json;

namespace KimHotspot.Central.Benchmarks;

/// <summary>
/// <c>overview</c>: per mode (SQLite alone; with Redis, live state in Redis) one Central with <c>--sites</c> sites, minute
/// history for the site-local day so far and 29 daily roll-ups per site written into SQLite, live state from one real
/// signed batch per site, statuses from the sweeper; a viewer signed in through <c>/masuk</c>. Then, after a warm-up,
/// <c>--rounds</c> alternating phases of <c>--clients</c> concurrent clients on <c>GET /</c> and on
/// <c>GET /api/dashboard/overview</c>.
/// </summary>
internal static class OverviewBench
{
    private static readonly string[] Paths = ["/", "/api/dashboard/overview"];

    public static async Task RunAsync(BenchSettings settings, CancellationToken cancellationToken)
    {
        Console.WriteLine($"overview: {settings.Sites} sites, {settings.Clients} clients, {settings.WarmUp} s warm-up per path, " +
            $"{settings.Rounds} rounds x {settings.Seconds} s per path, Central:TimeZone {settings.TimeZone}");
        foreach (var mode in settings.OverviewModes)
        {
            await RunModeAsync(mode, settings, cancellationToken);
        }
    }

    private static async Task RunModeAsync(string mode, BenchSettings settings, CancellationToken ct)
    {
        await using var redis = mode == "redis" ? await RedisProcess.StartAsync("always", ct) : null;
        var env = new Dictionary<string, string> { ["Central__TimeZone"] = settings.TimeZone };
        if (redis is not null)
        {
            env["ConnectionStrings__Redis"] = redis.ConnectionString;
        }

        await using var central = CentralProcess.Create(env);
        string password = await central.CreateOperatorAsync("bench-viewer", "viewer", ct);
        var sites = BenchSite.Create(settings.Sites);
        await CentralSeed.SitesAsync(central.DataDirectory, sites, ct);
        var seeding = Stopwatch.StartNew();
        int rows = await CentralSeed.HistoryAsync(central.DataDirectory, sites, TimeZoneInfo.FindSystemTimeZoneById(settings.TimeZone), ct);
        Console.WriteLine($"[{mode}] seeded {sites.Count} sites and {rows:N0} history rows ({rows / sites.Count - 29} minutes of today per site) in {Stats.F(seeding.Elapsed.TotalSeconds, 1)} s");
        await central.StartAsync(ct);

        using var ingestHandler = new SocketsHttpHandler { MaxConnectionsPerServer = 4, UseCookies = false };
        using var ingest = new HttpClient(ingestHandler) { BaseAddress = central.Url };
        await Parallel.ForEachAsync(sites, new ParallelOptions { MaxDegreeOfParallelism = 4, CancellationToken = ct }, async (site, c) =>
        {
            using var request = AgentBatches.Request(site, AgentBatches.Json(AgentBatches.Build(site, 4, DateTimeOffset.UtcNow)));
            using var response = await ingest.SendAsync(request, c);
            response.EnsureSuccessStatusCode();
        });

        using var handler = new SocketsHttpHandler
        {
            MaxConnectionsPerServer = settings.Clients, CookieContainer = new CookieContainer(), AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.None,
        };
        using var http = new HttpClient(handler) { BaseAddress = central.Url, Timeout = TimeSpan.FromSeconds(60) };
        await ViewerLogin.SignInAsync(http, "bench-viewer", password, ct);
        int online = await WaitForSweepAsync(http, sites.Count, ct);
        var page = await http.GetStringAsync(new Uri("/", UriKind.Relative), ct);
        int listed = sites.Count(s => page.Contains(s.Id, StringComparison.Ordinal));
        Console.WriteLine($"[{mode}] Central ({CentralProcess.Configuration}) at {central.Url}: {online} sites online after a sweep; " +
            $"GET / is {page.Length:N0} chars and names {listed} of {sites.Count} sites");

        foreach (var path in Paths)
        {
            await LatencyLoad.RunAsync(http, path, settings.Clients, TimeSpan.FromSeconds(settings.WarmUp), ct);
        }

        var results = Paths.ToDictionary(p => p, _ => new List<LatencyResult>());
        for (int round = 1; round <= settings.Rounds; round++)
        {
            foreach (var path in Paths)
            {
                var sys0 = Machine.CpuTicks();
                var r = await LatencyLoad.RunAsync(http, path, settings.Clients, TimeSpan.FromSeconds(settings.Seconds), ct);
                results[path].Add(r);
                Console.WriteLine($"  [{mode}] round {round} GET {path}: {Line(r)}, machine {Stats.F(Machine.BusyPercent(sys0, Machine.CpuTicks()), 0)}% busy [{Machine.Load()}]");
            }
        }

        foreach (var (path, list) in results)
        {
            Console.WriteLine($"overview medians [{mode}] GET {path}: {Stats.F(Stats.Median(list.Select(r => r.RequestsPerSecond)), 1)} req/s, " +
                $"p50 {Stats.F(Stats.Median(list.Select(r => r.P50Ms)), 1)} ms, p90 {Stats.F(Stats.Median(list.Select(r => r.P90Ms)), 1)} ms, " +
                $"p99 {Stats.F(Stats.Median(list.Select(r => r.P99Ms)), 1)} ms (target p99 < 200 ms), {list[0].Bytes:N0} bytes");
        }
    }

    /// <summary>Waits (up to a minute) until the sweeper has judged the sites that reported; returns how many are online.</summary>
    private static async Task<int> WaitForSweepAsync(HttpClient http, int sites, CancellationToken ct)
    {
        var until = Stopwatch.StartNew();
        int online = 0;
        while (until.Elapsed < TimeSpan.FromMinutes(1))
        {
            using var json = JsonDocument.Parse(await http.GetStringAsync(new Uri("/api/dashboard/overview", UriKind.Relative), ct));
            online = json.RootElement.GetProperty("tiles").GetProperty("online").GetInt32();
            if (online >= sites)
            {
                break;
            }

            await Task.Delay(500, ct);
        }

        return online;
    }

    private static string Line(LatencyResult r) =>
        $"{Stats.F(r.RequestsPerSecond, 1)} req/s ({r.Requests} requests, {r.Failures} not 200), p50 {Stats.F(r.P50Ms, 1)} ms " +
        $"p90 {Stats.F(r.P90Ms, 1)} ms p99 {Stats.F(r.P99Ms, 1)} ms max {Stats.F(r.MaxMs, 1)} ms, {r.Bytes:N0} bytes";
}
