using System.Diagnostics;

namespace KimHotspot.Deploy.Tests;

/// <summary>What a finished process said.</summary>
internal sealed record ToolResult(int ExitCode, string Stdout, string Stderr)
{
    public string Output => $"exit {ExitCode}\n--- stdout\n{Stdout}\n--- stderr\n{Stderr}";
}

/// <summary>Runs a real program (shellcheck, systemd-analyze, bash) and collects its output.</summary>
internal static class Tool
{
    /// <summary>Generous: a hung tool fails the test instead of hanging the run; nothing is timed.</summary>
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(5);

    public static async Task<ToolResult> RunAsync(string program, IEnumerable<string> args, string? workingDirectory = null)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Repo.Root,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start " + program);
        using var timeout = new CancellationTokenSource(Limit);
        var stdout = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(' ', args)} did not finish within {Limit}");
        }

        return new ToolResult(process.ExitCode, await stdout, await stderr);
    }

    /// <summary>Fails with a clear message when a tool the deploy tests need is not installed.</summary>
    public static string Require(string name)
    {
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries))
        {
            var path = Path.Combine(dir, name);
            if (File.Exists(path))
            {
                return path;
            }
        }

        throw new InvalidOperationException($"'{name}' is not on PATH; install it (Debian: apt-get install {(name == "systemd-analyze" ? "systemd" : name)})");
    }
}
