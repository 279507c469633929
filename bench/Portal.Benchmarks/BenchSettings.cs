using System.Globalization;

namespace KimHotspot.Portal.Benchmarks;

/// <summary>Command-line settings: <c>[splash|logins|all] [--name value]...</c>.</summary>
internal sealed record BenchSettings
{
    public string Mode { get; init; } = "all";

    public int Threads { get; init; } = 2;

    public int Connections { get; init; } = 256;

    public int Seconds { get; init; } = 15;

    public int Rounds { get; init; } = 3;

    /// <summary>Untimed login rounds before the timed ones (the first rounds measure the JIT, not the Portal).</summary>
    public int WarmUp { get; init; } = 3;

    public int Phones { get; init; } = 600;

    public int PasswordPhones { get; init; } = 120;

    public int Concurrency { get; init; } = 32;

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
            int v = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
            s = args[i] switch
            {
                "--threads" => s with { Threads = v },
                "--connections" => s with { Connections = v },
                "--seconds" => s with { Seconds = v },
                "--rounds" => s with { Rounds = v },
                "--warmup" => s with { WarmUp = Math.Max(1, v) },
                "--phones" => s with { Phones = v },
                "--password-phones" => s with { PasswordPhones = v },
                "--concurrency" => s with { Concurrency = v },
                _ => throw new ArgumentException("unknown option " + args[i]),
            };
        }

        return s.Mode is "splash" or "logins" or "all" ? s : throw new ArgumentException("mode is splash, logins or all");
    }
}
