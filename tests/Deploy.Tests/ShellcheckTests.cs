namespace KimHotspot.Deploy.Tests;

/// <summary>Every shell script of the repository passes the real shellcheck, with its output as the failure message.</summary>
public sealed class ShellcheckTests
{
    public static TheoryData<string> Scripts()
    {
        var data = new TheoryData<string>();
        foreach (var path in ScriptPaths())
        {
            data.Add(Path.GetRelativePath(Repo.Root, path));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Scripts))]
    public async Task Shellcheck_Script_ReportsNothing(string script)
    {
        var shellcheck = Tool.Require("shellcheck");

        var result = await Tool.RunAsync(shellcheck, ["--shell=bash", "--severity=style", "--external-sources", script]);

        Assert.True(result.ExitCode == 0 && result.Stdout.Length == 0, $"shellcheck {script}\n{result.Output}");
    }

    [Fact]
    public void ScriptPaths_Repository_IncludeDeployScriptsAndCiEntry()
    {
        var scripts = ScriptPaths().Select(p => Path.GetRelativePath(Repo.Root, p)).ToList();

        Assert.Contains("deploy/install.sh", scripts);
        Assert.Contains("deploy/publish.sh", scripts);
        Assert.Contains("deploy/containers/build.sh", scripts);
        Assert.Contains(".ci/run", scripts);
        Assert.Contains(scripts, s => s.StartsWith("scripts/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Shellcheck_BrokenScript_IsCaught()
    {
        // The check above is only worth something if shellcheck really flags a mistake on this machine.
        var shellcheck = Tool.Require("shellcheck");
        using var dir = new TempDir();
        await File.WriteAllTextAsync(dir["broken.sh"], "#!/usr/bin/env bash\nrm -rf $1/*\n");

        var result = await Tool.RunAsync(shellcheck, ["--shell=bash", dir["broken.sh"]]);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("SC2086", result.Stdout, StringComparison.Ordinal);
    }

    private static IEnumerable<string> ScriptPaths()
    {
        var roots = new[] { Path.Combine(Repo.Root, "deploy"), Path.Combine(Repo.Root, "scripts") };
        var scripts = roots
            .Where(Directory.Exists)
            .SelectMany(r => Directory.EnumerateFiles(r, "*.sh", SearchOption.AllDirectories))
            .Append(Path.Combine(Repo.Root, ".ci", "run"))
            .Where(File.Exists);
        return scripts.Order(StringComparer.Ordinal);
    }
}
