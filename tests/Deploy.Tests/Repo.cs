namespace KimHotspot.Deploy.Tests;

/// <summary>Paths in the repository the tests run from.</summary>
internal static class Repo
{
    /// <summary>The repository root: the nearest folder above the test assembly holding KimHotspot.sln.</summary>
    public static string Root { get; } = FindRoot();

    public static string Deploy => Path.Combine(Root, "deploy");

    public static string Systemd => Path.Combine(Deploy, "systemd");

    public static string InstallScript => Path.Combine(Deploy, "install.sh");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "KimHotspot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("KimHotspot.sln not found above " + AppContext.BaseDirectory);
    }
}
