using System.Globalization;

namespace KimHotspot.RouterAgent.Benchmarks;

/// <summary>Command-line settings: <c>[poll|memory-hour|memory-replay|all] [--name value]...</c>.</summary>
internal sealed record BenchSettings
{
    public string Mode { get; init; } = "all";

    public int Rounds { get; init; } = 3;

    /// <summary>Poll: measured cycles per round (each variant).</summary>
    public int Cycles { get; init; } = 50;

    /// <summary>Poll: untimed cycles first (JIT, connection, the pollers' baselines).</summary>
    public int WarmUp { get; init; } = 10;

    /// <summary>Poll: active sessions in the simulator.</summary>
    public int Sessions { get; init; } = 1000;

    /// <summary>Memory hour: active sessions in the simulator.</summary>
    public int HourSessions { get; init; } = 200;

    /// <summary>Memory hour: simulated hours per run.</summary>
    public int Hours { get; init; } = 1;

    /// <summary>Memory hour: how much faster than real time the agent and simulator clocks run.</summary>
    public int Speed { get; init; } = 60;

    /// <summary>Memory hour: also run with GC/malloc tuning environment variables.</summary>
    public bool Tuned { get; init; }

    /// <summary>Memory replay: days of backlog.</summary>
    public int Days { get; init; } = 7;

    /// <summary>Memory replay: active devices at the evening peak (about 15 % of it at night).</summary>
    public int PeakDevices { get; init; } = 120;

    /// <summary>Memory hour/replay: run this agent executable (native AOT, or the JIT apphost) instead of the agent in a child of this bench.</summary>
    public string? AgentExe { get; init; }

    public static BenchSettings Parse(string[] args)
    {
        var s = new BenchSettings();
        int i = 0;
        if (args.Length > 0 && !args[0].StartsWith("--", StringComparison.Ordinal))
        {
            s = s with { Mode = args[0] };
            i = 1;
        }

        for (; i < args.Length; i += 2)
        {
            if (i + 1 >= args.Length)
            {
                throw new ArgumentException("missing value for " + args[i]);
            }

            if (args[i] == "--agent-exe")
            {
                s = s with { AgentExe = File.Exists(args[i + 1]) ? args[i + 1] : throw new ArgumentException("no such file: " + args[i + 1]) };
                continue;
            }

            int v = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
            s = args[i] switch
            {
                "--rounds" => s with { Rounds = Math.Max(1, v) },
                "--cycles" => s with { Cycles = Math.Max(1, v) },
                "--warmup" => s with { WarmUp = Math.Max(2, v) },
                "--sessions" => s with { Sessions = v },
                "--hour-sessions" => s with { HourSessions = v },
                "--hours" => s with { Hours = Math.Max(1, v) },
                "--speed" => s with { Speed = Math.Max(1, v) },
                "--tuned" => s with { Tuned = v != 0 },
                "--days" => s with { Days = Math.Max(1, v) },
                "--peak-devices" => s with { PeakDevices = Math.Max(1, v) },
                _ => throw new ArgumentException("unknown option " + args[i]),
            };
        }

        return s.Mode is "poll" or "memory-hour" or "memory-replay" or "all"
            ? s
            : throw new ArgumentException("mode is poll, memory-hour, memory-replay or all");
    }
}
