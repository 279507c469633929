namespace KimHotspot.Deploy.Tests;

/// <summary>
/// install.sh run for real, unprivileged, with <c>--root</c> into a temp folder and a fake published build: first
/// install, upgrade, and what an upgrade must never touch.
/// </summary>
public sealed class InstallTests
{
    [Fact]
    public async Task Install_VillageTwice_KeepsSettingsAndDataAndSwitchesCurrent()
    {
        using var dir = new TempDir();
        var build = FakeBuild.Create(dir["build"], "1.0.0", "portal", "agent");
        var root = dir["root"];

        await InstallAsync("village", build, root);
        var portalEnv = Path.Combine(root, "etc/kimhotspot/portal.env");
        var agentEnv = Path.Combine(root, "etc/kimhotspot/agent.env");
        await File.AppendAllTextAsync(portalEnv, "Router__Host=10.0.0.1\n");
        var keptPortalEnv = await File.ReadAllTextAsync(portalEnv);
        var keptAgentEnv = await File.ReadAllTextAsync(agentEnv);
        var dbFile = Path.Combine(root, "var/lib/kimhotspot/portal/portal.db");
        await File.WriteAllTextAsync(dbFile, "the village's data");
        await File.WriteAllTextAsync(Path.Combine(root, "etc/kimhotspot/site.key"), "0123456789abcdef0123");

        FakeBuild.SetVersion(build, "1.0.1");
        var second = await InstallAsync("village", build, root);

        Assert.Equal(keptPortalEnv, await File.ReadAllTextAsync(portalEnv));
        Assert.Equal(keptAgentEnv, await File.ReadAllTextAsync(agentEnv));
        Assert.Equal("the village's data", await File.ReadAllTextAsync(dbFile));
        Assert.Equal("0123456789abcdef0123", await File.ReadAllTextAsync(Path.Combine(root, "etc/kimhotspot/site.key")));
        foreach (var app in new[] { "portal", "agent" })
        {
            var opt = Path.Combine(root, "opt/kimhotspot", app);
            Assert.Equal("releases/1.0.1", new FileInfo(Path.Combine(opt, "current")).LinkTarget);
            Assert.True(File.Exists(Path.Combine(opt, "releases/1.0.0", FakeBuild.Executable(app))), "previous release kept");
            Assert.Equal("1.0.1", await File.ReadAllTextAsync(Path.Combine(opt, "current", "release.txt")));
        }

        Assert.Contains("kept", second.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Install_CentralTwice_KeepsSettingsAndDataAndSwitchesCurrent()
    {
        using var dir = new TempDir();
        var build = FakeBuild.Create(dir["build"], "2.0.0", "central");
        var root = dir["root"];

        var first = await InstallAsync("central", build, root);
        var env = Path.Combine(root, "etc/kimhotspot/central.env");
        var keptEnv = await File.ReadAllTextAsync(env);
        var db = Path.Combine(root, "var/lib/kimhotspot/central/central.db");
        await File.WriteAllTextAsync(db, "history");
        FakeBuild.SetVersion(build, "2.1.0");
        await InstallAsync("central", build, root);

        Assert.Equal(keptEnv, await File.ReadAllTextAsync(env));
        Assert.Equal("history", await File.ReadAllTextAsync(db));
        var opt = Path.Combine(root, "opt/kimhotspot/central");
        Assert.Equal("releases/2.1.0", new FileInfo(Path.Combine(opt, "current")).LinkTarget);
        Assert.True(Directory.Exists(Path.Combine(opt, "releases/2.0.0")));
        Assert.True(File.Exists(Path.Combine(root, "etc/systemd/system/kimhotspot-central.service")));
        Assert.False(Directory.Exists(Path.Combine(root, "opt/kimhotspot/portal")), "central installs only Central");
        // The first operator is created by hand, never with a default password.
        Assert.Contains("operator create", first.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("password:", first.Stdout, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Install_FirstTime_GeneratesDistinctSecretsInPrivateFiles()
    {
        using var dir = new TempDir();
        var build = FakeBuild.Create(dir["build"], "1.0.0", "portal", "agent", "central");
        var root = dir["root"];

        await InstallAsync("village", build, root);
        await InstallAsync("central", build, root);

        var etc = Path.Combine(root, "etc/kimhotspot");
        var portalPassword = Value(Path.Combine(etc, "portal.env"), "Router__Password");
        var agentPassword = Value(Path.Combine(etc, "agent.env"), "Router__Password");
        var metricsToken = Value(Path.Combine(etc, "central.env"), "Metrics__Token");
        Assert.Matches("^[0-9a-f]{48}$", portalPassword);
        Assert.Matches("^[0-9a-f]{48}$", agentPassword);
        Assert.Matches("^[0-9a-f]{48}$", metricsToken);
        Assert.NotEqual(portalPassword, agentPassword);
        foreach (var env in new[] { "portal.env", "agent.env", "central.env" })
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(etc, env)));
            Assert.DoesNotContain("@GENERATED", await File.ReadAllTextAsync(Path.Combine(etc, env)), StringComparison.Ordinal);
        }

        var key = Path.Combine(etc, "site.key");
        Assert.Equal(0, new FileInfo(key).Length);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead, File.GetUnixFileMode(key));
    }

    [Fact]
    public async Task Install_SameVersionAgainAndPruning_KeepsCurrentAndPrevious()
    {
        using var dir = new TempDir();
        var build = FakeBuild.Create(dir["build"], "3.0.0", "central");
        var root = dir["root"];
        var releases = Path.Combine(root, "opt/kimhotspot/central/releases");

        await InstallAsync("central", build, root, "--keep", "2");
        await InstallAsync("central", build, root, "--keep", "2");
        var afterSame = Directory.GetDirectories(releases).Select(Path.GetFileName).ToList();
        FakeBuild.SetVersion(build, "3.0.1");
        await InstallAsync("central", build, root, "--keep", "2");

        Assert.Equal(2, afterSame.Count); // a reinstall of 3.0.0 is a release of its own, the running one untouched
        var left = Directory.GetDirectories(releases).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(2, left.Count);
        Assert.Contains("3.0.1", left);
        Assert.Contains(left, r => r!.StartsWith("3.0.0-", StringComparison.Ordinal)); // the one that was current
        Assert.DoesNotContain("3.0.0", left); // the oldest went
    }

    [Fact]
    public async Task Install_BuildWithoutExecutable_FailsBeforeTouchingAnything()
    {
        using var dir = new TempDir();
        var build = FakeBuild.Create(dir["build"], "1.0.0", "portal");
        var root = dir["root"];

        var result = await Tool.RunAsync("bash", [Repo.InstallScript, "village", "--from", build, "--root", root]);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("KimHotspot.RouterAgent", result.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(root, "opt")), result.Output);
    }

    private static async Task<ToolResult> InstallAsync(string role, string build, string root, params string[] extra)
    {
        var result = await Tool.RunAsync("bash", [Repo.InstallScript, role, "--from", build, "--root", root, .. extra]);
        Assert.True(result.ExitCode == 0, "install.sh " + role + "\n" + result.Output);
        return result;
    }

    private static string Value(string envFile, string key) =>
        File.ReadAllLines(envFile).Single(l => l.StartsWith(key + "=", StringComparison.Ordinal))[(key.Length + 1)..];
}
