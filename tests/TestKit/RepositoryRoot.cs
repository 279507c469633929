namespace KimHotspot.TestKit;

/// <summary>
/// The folder holding KimHotspot.sln, found by walking up from the running assembly. Test and bench projects that do
/// not reference this kit compile this file in as a link, so there is one copy.
/// </summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "KimHotspot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("KimHotspot.sln not found above " + AppContext.BaseDirectory);
    }
}
