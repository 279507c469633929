using System.Globalization;

namespace KimHotspot.Central.Benchmarks;

/// <summary>Command-line settings: <c>[ingest|overview|all] [--name value]...</c>.</summary>
internal sealed record BenchSettings
{
    public const string Usage =
        "usage: [ingest|overview|all] [--rounds 3] [--seconds 20] [--warmup 5] [--sites 1000] [--batch 50] " +
        "[--connections 4] [--ingest-modes always,everysec,sqlite] [--clients 4] [--overview-modes sqlite,redis] " +
        "[--timezone Asia/Makassar]";

    public string Mode { get; init; } = "all";

    public int Rounds { get; init; } = 3;

    /// <summary>Length of each timed phase.</summary>
    public int Seconds { get; init; } = 20;

    /// <summary>Untimed load before each timed phase (JIT, pools, caches).</summary>
    public int WarmUp { get; init; } = 5;

    public int Sites { get; init; } = 1000;

    /// <summary>Reports per ingest batch.</summary>
    public int Batch { get; init; } = 50;

    /// <summary>Concurrent ingest connections (each posts, waits for the ack, posts again).</summary>
    public int Connections { get; init; } = 4;

    /// <summary>Ingest set-ups, each measured every round: Redis with appendfsync always / everysec, SQLite alone.</summary>
    public IReadOnlyList<string> IngestModes { get; init; } = ["always", "everysec", "sqlite"];

    /// <summary>Concurrent overview clients.</summary>
    public int Clients { get; init; } = 4;

    public IReadOnlyList<string> OverviewModes { get; init; } = ["sqlite", "redis"];

    /// <summary>Central:TimeZone: decides where "today" starts, so how much minute history the overview sums.</summary>
    public string TimeZone { get; init; } = "Asia/Makassar";

    public static BenchSettings Parse(string[] args)
    {
        var s = new BenchSettings();
        int i = 0;
        if (args.Length > 0 && !args[0].StartsWith("--", StringComparison.Ordinal))
        {
            s = s with { Mode = args[0] };
            i = 1;
        }

        for (; i + 1 < args.Length; i += 2)
        {
            string v = args[i + 1];
            s = args[i] switch
            {
                "--rounds" => s with { Rounds = Int(v) },
                "--seconds" => s with { Seconds = Int(v) },
                "--warmup" => s with { WarmUp = Int(v) },
                "--sites" => s with { Sites = Int(v) },
                "--batch" => s with { Batch = Int(v) },
                "--connections" => s with { Connections = Int(v) },
                "--ingest-modes" => s with { IngestModes = List(v, "always", "everysec", "sqlite") },
                "--clients" => s with { Clients = Int(v) },
                "--overview-modes" => s with { OverviewModes = List(v, "sqlite", "redis") },
                "--timezone" => s with { TimeZone = v },
                _ => throw new ArgumentException("unknown option " + args[i]),
            };
        }

        if (i < args.Length)
        {
            throw new ArgumentException("missing value for " + args[i]);
        }

        return s.Mode is "ingest" or "overview" or "all" ? s : throw new ArgumentException("mode is ingest, overview or all");
    }

    private static int Int(string v) => int.Parse(v, CultureInfo.InvariantCulture);

    private static string[] List(string v, params string[] allowed)
    {
        var items = v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return items.All(allowed.Contains) && items.Length > 0
            ? items : throw new ArgumentException($"'{v}': use a comma-separated list of {string.Join(", ", allowed)}");
    }
}
