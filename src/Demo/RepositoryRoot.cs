namespace KimHotspot.Demo;

internal static class RepositoryRoot
{
    /// <summary>The folder holding KimHotspot.sln, found by walking up from this program's binaries.</summary>
    public static string Find()
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
}
