namespace KimHotspot.Deploy.Tests;

/// <summary>
/// The units pass <c>systemd-analyze verify</c>. Verify insists that ExecStart's program exists, so each unit is checked
/// as a copy in which only the <c>/opt/kimhotspot</c> prefix points at a temp folder holding stub executables; every
/// other directive is verified exactly as shipped, and any warning (unknown key, bad value) fails the test.
/// </summary>
public sealed class UnitVerifyTests
{
    public static TheoryData<string, string> Units() => new()
    {
        { "portal", "KimHotspot.Portal" },
        { "agent", "KimHotspot.RouterAgent" },
        { "central", "KimHotspot.Central" },
    };

    [Theory]
    [MemberData(nameof(Units))]
    public async Task Verify_ShippedUnit_PassesWithoutWarnings(string app, string executable)
    {
        var analyze = Tool.Require("systemd-analyze");
        using var dir = new TempDir();
        var unit = await StageAsync(dir, app, executable, File.ReadAllText(UnitPath(app)));

        var result = await Tool.RunAsync(analyze, ["verify", "--man=no", unit], dir.Path);

        Assert.True(result.ExitCode == 0 && result.Stderr.Trim().Length == 0, $"systemd-analyze verify kimhotspot-{app}.service\n{result.Output}");
    }

    [Fact]
    public async Task Verify_UnitWithUnknownKey_IsReported()
    {
        // Proves the check above can fail here: a misspelt directive is reported on stderr.
        var analyze = Tool.Require("systemd-analyze");
        using var dir = new TempDir();
        var text = File.ReadAllText(UnitPath("portal")).Replace("MemoryMax=", "MemoryMaximum=", StringComparison.Ordinal);
        var unit = await StageAsync(dir, "portal", "KimHotspot.Portal", text);

        var result = await Tool.RunAsync(analyze, ["verify", "--man=no", unit], dir.Path);

        Assert.Contains("MemoryMaximum", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_MissingExecutable_Fails()
    {
        var analyze = Tool.Require("systemd-analyze");
        using var dir = new TempDir();
        var unit = await StageAsync(dir, "agent", "SomethingElse", File.ReadAllText(UnitPath("agent")));

        var result = await Tool.RunAsync(analyze, ["verify", "--man=no", unit], dir.Path);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("KimHotspot.RouterAgent", result.Stderr, StringComparison.Ordinal);
    }

    internal static string UnitPath(string app) => Path.Combine(Repo.Systemd, $"kimhotspot-{app}.service");

    /// <summary>Writes the unit with /opt/kimhotspot moved under <paramref name="dir"/> and a stub program there.</summary>
    private static async Task<string> StageAsync(TempDir dir, string app, string executable, string text)
    {
        var opt = dir["opt/kimhotspot"];
        var current = Path.Combine(opt, app, "current");
        Directory.CreateDirectory(current);
        var stub = Path.Combine(current, executable);
        await File.WriteAllTextAsync(stub, "#!/bin/sh\nexit 0\n");
        File.SetUnixFileMode(stub, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);

        var unit = dir[$"kimhotspot-{app}.service"];
        await File.WriteAllTextAsync(unit, text.Replace("/opt/kimhotspot", opt, StringComparison.Ordinal));
        return unit;
    }
}
