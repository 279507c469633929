namespace KimHotspot.RouterAgent.Benchmarks;

/// <summary>
/// Command-line settings: <c>[poll|memory-hour|memory-replay|all] [--name value]...</c> (mode and --rounds:
/// <see cref="BenchSettingsBase"/>).
/// </summary>
internal sealed record BenchSettings : BenchSettingsBase
{
    public const string Usage =
        "usage: [poll|memory-hour|memory-replay|all] [--rounds 3] [--cycles 50] [--warmup 10] [--sessions 1000] " +
        "[--hour-sessions 200] [--hours 1] [--speed 60] [--tuned 0|1] [--days 7] [--peak-devices 120] [--agent-exe PATH]";

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

    public static BenchSettings Parse(string[] args) =>
        BenchCommandLine.Parse(args, new BenchSettings(), ["poll", "memory-hour", "memory-replay", "all"], Option);

    private static BenchSettings? Option(BenchSettings s, string name, string value)
    {
        if (name == "--agent-exe")
        {
            return s with { AgentExe = File.Exists(value) ? value : throw new ArgumentException("no such file: " + value) };
        }

        int v = BenchCommandLine.Number(value);
        return name switch
        {
            "--cycles" => s with { Cycles = Math.Max(1, v) },
            "--warmup" => s with { WarmUp = Math.Max(2, v) },
            "--sessions" => s with { Sessions = v },
            "--hour-sessions" => s with { HourSessions = v },
            "--hours" => s with { Hours = Math.Max(1, v) },
            "--speed" => s with { Speed = Math.Max(1, v) },
            "--tuned" => s with { Tuned = v != 0 },
            "--days" => s with { Days = Math.Max(1, v) },
            "--peak-devices" => s with { PeakDevices = Math.Max(1, v) },
            _ => null,
        };
    }
}
