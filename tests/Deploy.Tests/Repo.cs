using KimHotspot.TestKit;

namespace KimHotspot.Deploy.Tests;

/// <summary>Paths in the repository the tests run from.</summary>
internal static class Repo
{
    /// <summary>The repository root: the nearest folder above the test assembly holding KimHotspot.sln.</summary>
    public static string Root => RepositoryRoot.Path;

    public static string Deploy => Path.Combine(Root, "deploy");

    public static string Systemd => Path.Combine(Deploy, "systemd");

    public static string InstallScript => Path.Combine(Deploy, "install.sh");
}
