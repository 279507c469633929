using System.Text.RegularExpressions;
using KimHotspot.Central.CommandLine;

namespace KimHotspot.Central.Tests.CentralFixture;

/// <summary>Runs one of Central's one-shot commands against a test app's database and reads what it printed once.</summary>
internal static partial class CommandKit
{
    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(CentralApp app, HostCommand.Runner command, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await command(app.Services, [.. args, "--Central:DataDirectory=" + app.DataDirectory], output, error, CancellationToken.None);
        return (code, output.ToString(), error.ToString());
    }

    /// <summary>The secret after "(shown once): " (a password or a site key).</summary>
    public static string ShownOnce(string output)
    {
        var match = ShownOncePattern().Match(output);
        Assert.True(match.Success, "nothing shown once in: " + output);
        return match.Groups[1].Value;
    }

    /// <summary>How many secrets <paramref name="output"/> shows.</summary>
    public static int ShownOnceCount(string output) => ShownOncePattern().Count(output);

    [GeneratedRegex(@"\(shown once\): (\S+)")]
    private static partial Regex ShownOncePattern();
}
