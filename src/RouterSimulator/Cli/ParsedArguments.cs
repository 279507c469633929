namespace KimHotspot.RouterSimulator.Cli;

/// <summary>What the command line asked for: options to run with, the help text, or an error.</summary>
internal sealed record ParsedArguments(SimulatorOptions? Options, bool ShowHelp, string? Error)
{
    public static ParsedArguments Help() => new(null, true, null);

    public static ParsedArguments Fail(string error) => new(null, false, error);

    public static ParsedArguments Run(SimulatorOptions options) => new(options, false, null);
}
