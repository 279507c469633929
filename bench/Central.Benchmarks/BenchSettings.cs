namespace KimHotspot.Central.Benchmarks;

/// <summary>Command-line settings: <c>[ingest|overview|all] [--name value]...</c> (mode and --rounds: <see cref="BenchSettingsBase"/>).</summary>
internal sealed record BenchSettings : BenchSettingsBase
{
    public const string Usage =
        "usage: [ingest|overview|all] [--rounds 3] [--seconds 20] [--warmup 5] [--sites 1000] [--batch 50] " +
        "[--connections 4] [--ingest-modes always,everysec,sqlite] [--clients 4] [--overview-modes sqlite,redis] " +
        "[--timezone Asia/Makassar]";

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

    public static BenchSettings Parse(string[] args) =>
        BenchCommandLine.Parse(args, new BenchSettings(), ["ingest", "overview", "all"], Option);

    private static BenchSettings? Option(BenchSettings s, string name, string v) => name switch
    {
        "--seconds" => s with { Seconds = BenchCommandLine.Number(v) },
        "--warmup" => s with { WarmUp = BenchCommandLine.Number(v) },
        "--sites" => s with { Sites = BenchCommandLine.Number(v) },
        "--batch" => s with { Batch = BenchCommandLine.Number(v) },
        "--connections" => s with { Connections = BenchCommandLine.Number(v) },
        "--ingest-modes" => s with { IngestModes = BenchCommandLine.List(v, "always", "everysec", "sqlite") },
        "--clients" => s with { Clients = BenchCommandLine.Number(v) },
        "--overview-modes" => s with { OverviewModes = BenchCommandLine.List(v, "sqlite", "redis") },
        "--timezone" => s with { TimeZone = v },
        _ => null,
    };
}
