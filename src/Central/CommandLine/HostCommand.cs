namespace KimHotspot.Central.CommandLine;

/// <summary>
/// Central's one-shot commands (<c>operator …</c>, <c>site …</c>): run against the configured database instead of the
/// server, exit code in <see cref="Environment.ExitCode"/>. Configuration switches (<c>--Section:Key=value</c> or
/// <c>--Section:Key value</c>) may stand anywhere after the command word and are left to the host.
/// </summary>
internal static class HostCommand
{
    public delegate Task<int> Runner(IServiceProvider services, IReadOnlyList<string> args, TextWriter output, TextWriter error, CancellationToken cancellationToken);

    /// <summary>Runs <paramref name="run"/> when <paramref name="args"/> starts with <paramref name="word"/>; false otherwise (start the server).</summary>
    public static async Task<bool> TryRunAsync(WebApplication app, string[] args, string word, Runner run)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(args);
        if (args.Length == 0 || args[0] != word)
        {
            return false;
        }

        Environment.ExitCode = await run(app.Services, args[1..], Console.Out, Console.Error, app.Lifetime.ApplicationStopping);
        return true;
    }

    /// <summary>
    /// True when <c>args[i]</c> is a configuration switch for the host; <paramref name="i"/> then stands on its last word
    /// (the value of <c>--Section:Key value</c>).
    /// </summary>
    public static bool SkipConfigurationSwitch(IReadOnlyList<string> args, ref int i)
    {
        var arg = args[i];
        if (arg.Contains('=', StringComparison.Ordinal))
        {
            return true; // --Section:Key=value
        }

        if (arg.StartsWith("--", StringComparison.Ordinal) && arg.Contains(':', StringComparison.Ordinal))
        {
            i++; // --Section:Key value
            return true;
        }

        return false;
    }
}
