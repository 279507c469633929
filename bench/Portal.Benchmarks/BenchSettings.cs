namespace KimHotspot.Portal.Benchmarks;

/// <summary>Command-line settings: <c>[splash|logins|all] [--name value]...</c> (mode and --rounds: <see cref="BenchSettingsBase"/>).</summary>
internal sealed record BenchSettings : BenchSettingsBase
{
    public const string Usage =
        "usage: [splash|logins|all] [--threads 2] [--connections 256] [--seconds 15] [--rounds 3] [--warmup 3] " +
        "[--phones 600] [--password-phones 120] [--concurrency 32]";

    public int Threads { get; init; } = 2;

    public int Connections { get; init; } = 256;

    public int Seconds { get; init; } = 15;

    /// <summary>Untimed login rounds before the timed ones (the first rounds measure the JIT, not the Portal).</summary>
    public int WarmUp { get; init; } = 3;

    public int Phones { get; init; } = 600;

    public int PasswordPhones { get; init; } = 120;

    public int Concurrency { get; init; } = 32;

    public static BenchSettings Parse(string[] args) =>
        BenchCommandLine.Parse(args, new BenchSettings(), ["splash", "logins", "all"], Option);

    private static BenchSettings? Option(BenchSettings s, string name, string value)
    {
        int v = BenchCommandLine.Number(value);
        return name switch
        {
            "--threads" => s with { Threads = v },
            "--connections" => s with { Connections = v },
            "--seconds" => s with { Seconds = v },
            "--warmup" => s with { WarmUp = Math.Max(1, v) },
            "--phones" => s with { Phones = v },
            "--password-phones" => s with { PasswordPhones = v },
            "--concurrency" => s with { Concurrency = v },
            _ => null,
        };
    }
}
