using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;

namespace KimHotspot.Central.Benchmarks;

/// <summary>One measured ingest run: Central's figures, the drain into SQLite and the bare loops of the same run.</summary>
internal sealed record IngestRound(
    string Mode, IngestLoadResult Central, CpuTime Cpu, double BusyPercent, double DrainLagSeconds, double StoredPerSecond,
    IngestLoadResult? BareAck, IngestLoadResult? BareAll)
{
    /// <summary>Acknowledged reports per second divided by the machine's cores (load generator and Redis included).</summary>
    public double PerCore => Central.ReportsPerSecond / Environment.ProcessorCount;

    /// <summary>Acknowledged reports per CPU-second spent by Central and redis-server during the timed phase.</summary>
    public double PerServerCpuSecond => Central.AckedReports / Cpu.Server;
}

/// <summary>
/// <c>ingest</c>: for each mode (Redis with appendfsync always / everysec, SQLite alone) and round, a fresh
/// redis-server and Central with <c>--sites</c> registered sites; a warm-up, then <c>--seconds</c> of signed batches
/// from <c>--connections</c> workers; then the wait until SQLite holds every acknowledged report; then, in Redis modes,
/// the bare StackExchange.Redis loops for as long against the same redis-server.
/// </summary>
internal static class IngestBench
{
    public static async Task RunAsync(BenchSettings settings, CancellationToken cancellationToken)
    {
        Console.WriteLine($"ingest: {settings.Sites} sites, {settings.Batch} reports/batch, {settings.Connections} connections, " +
            $"{settings.WarmUp} s warm-up + {settings.Seconds} s timed per phase, modes {string.Join(",", settings.IngestModes)}, {settings.Rounds} rounds");
        Console.WriteLine("Central settings: Central:Ingest:SiteBurst=100000, SiteBatchesPerMinute=100000 (per-site limiter out of the way), other settings default");
        var rounds = new List<IngestRound>();
        for (int round = 1; round <= settings.Rounds; round++)
        {
            foreach (var mode in settings.IngestModes)
            {
                var r = await RunOnceAsync(mode, settings, cancellationToken);
                rounds.Add(r);
                Console.WriteLine($"  round {round} {mode,-8}: {Line(r)}  [{Machine.Load()}]");
            }
        }

        Console.WriteLine("ingest medians:");
        foreach (var group in rounds.GroupBy(r => r.Mode))
        {
            var g = group.ToList();
            double rps = Stats.Median(g.Select(r => r.Central.ReportsPerSecond));
            string bare = g[0].BareAll is null ? "" :
                $" | bare loop ack-path {Stats.F(Stats.Median(g.Select(r => r.BareAck!.ReportsPerSecond)), 0)} r/s, all-writes {Stats.F(Stats.Median(g.Select(r => r.BareAll!.ReportsPerSecond)), 0)} r/s;" +
                $" Central/bare: {Stats.F(Stats.Median(g.Select(r => r.Central.ReportsPerSecond / r.BareAck!.ReportsPerSecond)), 3)} (ack-path), " +
                $"{Stats.F(Stats.Median(g.Select(r => r.Central.ReportsPerSecond / r.BareAll!.ReportsPerSecond)), 3)} (all writes)";
            Console.WriteLine($"  {group.Key,-8}: {Stats.F(rps, 0)} acked reports/s = {Stats.F(rps / Environment.ProcessorCount, 0)} per core (/{Environment.ProcessorCount}), " +
                $"{Stats.F(Stats.Median(g.Select(r => r.PerServerCpuSecond)), 0)} per server CPU-second, batch p50 {Stats.F(Stats.Median(g.Select(r => r.Central.P50Ms)), 1)} ms " +
                $"p99 {Stats.F(Stats.Median(g.Select(r => r.Central.P99Ms)), 1)} ms, drained {Stats.F(Stats.Median(g.Select(r => r.DrainLagSeconds)), 1)} s after the load, " +
                $"stored {Stats.F(Stats.Median(g.Select(r => r.StoredPerSecond)), 0)} reports/s{bare}");
        }
    }

    private static async Task<IngestRound> RunOnceAsync(string mode, BenchSettings settings, CancellationToken ct)
    {
        await using var redis = mode == "sqlite" ? null : await RedisProcess.StartAsync(mode, ct);
        var env = new Dictionary<string, string>
        {
            ["Central__Ingest__SiteBurst"] = "100000",
            ["Central__Ingest__SiteBatchesPerMinute"] = "100000",
        };
        if (redis is not null)
        {
            env["ConnectionStrings__Redis"] = redis.ConnectionString;
        }

        await using var central = CentralProcess.Create(env);
        await central.CreateOperatorAsync("bench-viewer", "viewer", ct); // creates the schema
        var sites = BenchSite.Create(settings.Sites);
        await CentralSeed.SitesAsync(central.DataDirectory, sites, ct);
        await central.StartAsync(ct);
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = settings.Connections, UseCookies = false };
        using var http = new HttpClient(handler) { BaseAddress = central.Url, Timeout = TimeSpan.FromSeconds(60) };
        var load = new IngestLoad(http, sites, settings.Batch);
        await load.RunAsync(settings.Connections, TimeSpan.FromSeconds(settings.WarmUp), ct);

        long storedBefore = await StoredAsync(central.DatabasePath, ct);
        var timedStart = Stopwatch.StartNew();
        var cpu0 = CpuTime.Read(central.Process, redis?.Process);
        var sys0 = Machine.CpuTicks();
        var result = await load.RunAsync(settings.Connections, TimeSpan.FromSeconds(settings.Seconds), ct);
        var cpu = CpuTime.Read(central.Process, redis?.Process) - cpu0;
        double busy = Machine.BusyPercent(sys0, Machine.CpuTicks());
        var loadEnded = timedStart.Elapsed;

        long target = load.TotalAcked;
        long stored;
        while ((stored = await StoredAsync(central.DatabasePath, ct)) < target && timedStart.Elapsed - loadEnded < TimeSpan.FromMinutes(3))
        {
            await Task.Delay(100, ct);
        }

        var drained = timedStart.Elapsed;
        if (stored < target)
        {
            Console.WriteLine($"  WARNING: only {stored} of {target} acknowledged reports in SQLite after 3 minutes");
        }

        IngestLoadResult? bareAck = null, bareAll = null;
        if (redis is not null)
        {
            await using var mux = await redis.ConnectAsync();
            var json = AgentBatches.Json(AgentBatches.Build(new BenchSite(0), settings.Batch, DateTimeOffset.UtcNow));
            var duration = TimeSpan.FromSeconds(settings.Seconds);
            await BareRedisLoop.RunAsync(mux, true, sites, json, settings.Batch, settings.Connections, TimeSpan.FromSeconds(settings.WarmUp), ct);
            bareAck = await BareRedisLoop.RunAsync(mux, false, sites, json, settings.Batch, settings.Connections, duration, ct);
            bareAll = await BareRedisLoop.RunAsync(mux, true, sites, json, settings.Batch, settings.Connections, duration, ct);
        }

        return new IngestRound(mode, result, cpu, busy, (drained - loadEnded).TotalSeconds,
            (stored - storedBefore) / drained.TotalSeconds, bareAck, bareAll);
    }

    private static async Task<long> StoredAsync(string database, CancellationToken ct)
    {
        await using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM ReceivedReports";
        return Convert.ToInt64(await command.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);
    }

    private static string Line(IngestRound r)
    {
        string bare = r.BareAll is null ? "" :
            $" | bare ack-path {Stats.F(r.BareAck!.ReportsPerSecond, 0)} r/s, all-writes {Stats.F(r.BareAll.ReportsPerSecond, 0)} r/s" +
            $" (ratio {Stats.F(r.Central.ReportsPerSecond / r.BareAck.ReportsPerSecond, 3)} / {Stats.F(r.Central.ReportsPerSecond / r.BareAll.ReportsPerSecond, 3)})";
        return $"{Stats.F(r.Central.ReportsPerSecond, 0)} acked r/s ({r.Central.Batches} batches, refused {r.Central.Refused}), " +
            $"p50 {Stats.F(r.Central.P50Ms, 1)} ms p99 {Stats.F(r.Central.P99Ms, 1)} ms, {r.Cpu}, machine {Stats.F(r.BusyPercent, 0)}% busy, " +
            $"drain +{Stats.F(r.DrainLagSeconds, 1)} s, stored {Stats.F(r.StoredPerSecond, 0)} r/s{bare}";
    }
}
