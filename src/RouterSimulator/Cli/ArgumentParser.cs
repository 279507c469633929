namespace KimHotspot.RouterSimulator.Cli;

/// <summary>
/// Turns <c>--name value</c> / <c>--name=value</c> arguments into <see cref="SimulatorOptions"/>.
/// Never throws for bad input: every problem comes back as <see cref="ParsedArguments.Error"/>.
/// </summary>
internal static class ArgumentParser
{
    public static ParsedArguments Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var options = new SimulatorOptions();
        for (int i = 0; i < args.Count; i++)
        {
            string arg = args[i];
            if (arg is "--help" or "-h" or "-?" or "/?")
            {
                return ParsedArguments.Help();
            }

            if (!arg.StartsWith("--", StringComparison.Ordinal) || arg.Length == 2)
            {
                return ParsedArguments.Fail($"unexpected argument '{arg}' (options start with --; see --help)");
            }

            string name = arg;
            string? value = null;
            int eq = arg.IndexOf('=', StringComparison.Ordinal);
            if (eq > 0)
            {
                name = arg[..eq];
                value = arg[(eq + 1)..];
            }

            if (!OptionTable.Setters.TryGetValue(name, out var setter))
            {
                return ParsedArguments.Fail($"unknown option '{name}' (see --help)");
            }

            if (value is null)
            {
                if (i + 1 >= args.Count || IsOptionName(args[i + 1]))
                {
                    return ParsedArguments.Fail($"option '{name}' needs a value");
                }

                value = args[++i];
            }

            string? error = setter(options, value);
            if (error is not null)
            {
                return ParsedArguments.Fail($"{name}: {error}");
            }
        }

        return ParsedArguments.Run(options);
    }

    private static bool IsOptionName(string text) =>
        text.StartsWith("--", StringComparison.Ordinal) && text.Length > 2 && char.IsLetter(text[2]);
}
