using System.Net.Sockets;

namespace KimHotspot.RouterSimulator.Cli;

/// <summary>
/// The command-line program: parse, start a <see cref="SimulatorHost"/>, print where it listens,
/// run until <paramref name="stop"/> fires. Exit codes: 0 normal stop, 1 start failure, 2 bad arguments.
/// </summary>
internal static class SimulatorCommand
{
    public const int ExitOk = 0;
    public const int ExitStartFailed = 1;
    public const int ExitUsage = 2;

    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr,
        ILoggerFactory? loggerFactory, CancellationToken stop)
    {
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        var parsed = ArgumentParser.Parse(args);
        if (parsed.ShowHelp)
        {
            await stdout.WriteLineAsync(HelpText.Text).ConfigureAwait(false);
            return ExitOk;
        }

        if (parsed.Options is not { } options)
        {
            await stderr.WriteLineAsync($"error: {parsed.Error}").ConfigureAwait(false);
            await stderr.WriteLineAsync("Run with --help to see the options.").ConfigureAwait(false);
            return ExitUsage;
        }

        if (options.Password is null)
        {
            options.Password = PasswordGenerator.New();
            await stdout.WriteLineAsync(
                $"No --password given: API password for user '{options.User}' is {options.Password} (shown only now)")
                .ConfigureAwait(false);
        }

        SimulatorHost host;
        try
        {
            host = await SimulatorHost.StartAsync(options, loggerFactory: loggerFactory, cancellationToken: stop)
                .ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or SocketException or UnauthorizedAccessException
            or InvalidOperationException or NotImplementedException)
        {
            await stderr.WriteLineAsync($"error: the simulator could not start: {e.Message}").ConfigureAwait(false);
            return ExitStartFailed;
        }

        await using (host.ConfigureAwait(false))
        {
            await stdout.WriteLineAsync(Banner.Describe(host)).ConfigureAwait(false);
            try
            {
                await Task.Delay(Timeout.Infinite, stop).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                await stdout.WriteLineAsync("Stopping...").ConfigureAwait(false);
            }
        }

        return ExitOk;
    }
}
