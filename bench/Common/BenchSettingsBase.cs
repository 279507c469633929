namespace KimHotspot.Bench.Common;

/// <summary>
/// What every bench's command line has: the mode (first word, default <c>all</c>) and <c>--rounds</c>. Each bench
/// derives its own settings record with its own options and reads it through <see cref="BenchCommandLine.Parse"/>.
/// </summary>
public abstract record BenchSettingsBase
{
    /// <summary>Which measurements run (each bench names its own; <c>all</c> runs every one).</summary>
    public string Mode { get; init; } = "all";

    /// <summary>Timed rounds of each measurement (at least 1); the figures are the medians of the rounds.</summary>
    public int Rounds { get; init; } = 3;
}
