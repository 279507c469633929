namespace KimHotspot.Demo.Launch;

/// <summary>Where the checkout is and where a host project's build output lies (same configuration as this program).</summary>
public static class BuildOutput
{
#if DEBUG
    /// <summary>The build configuration of this program, and so of the hosts it starts.</summary>
    public const string Configuration = "Debug";
#else
    /// <summary>The build configuration of this program, and so of the hosts it starts.</summary>
    public const string Configuration = "Release";
#endif

    /// <summary>The folder holding KimHotspot.sln, found by walking up from this program's binaries.</summary>
    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "KimHotspot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Run the demo from a KimHotspot checkout: KimHotspot.sln not found.");
    }

    /// <summary>The project folder of <c>src/&lt;folder&gt;</c>.</summary>
    public static string Project(string root, string folder) => Path.Combine(root, "src", folder);

    /// <summary>The built dll of <paramref name="assemblyName"/> in <paramref name="projectDirectory"/>.</summary>
    public static string Dll(string projectDirectory, string assemblyName) =>
        Path.Combine(projectDirectory, "bin", Configuration, "net10.0", assemblyName + ".dll");
}
