namespace KimHotspot.Deploy.Tests;

/// <summary>A stand-in for publish.sh's output: VERSION, stub executables per app and a marker of the release.</summary>
internal static class FakeBuild
{
    public static string Executable(string app) => app switch
    {
        "portal" => "KimHotspot.Portal",
        "agent" => "KimHotspot.RouterAgent",
        "central" => "KimHotspot.Central",
        _ => throw new ArgumentOutOfRangeException(nameof(app)),
    };

    public static string Create(string dir, string version, params string[] apps)
    {
        foreach (var app in apps)
        {
            Directory.CreateDirectory(Path.Combine(dir, app));
            var exe = Path.Combine(dir, app, Executable(app));
            File.WriteAllText(exe, "#!/bin/sh\nexit 0\n");
            File.SetUnixFileMode(exe, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        SetVersion(dir, version);
        return dir;
    }

    /// <summary>Turns the build into another version; every app's folder says which one it came from.</summary>
    public static void SetVersion(string dir, string version)
    {
        File.WriteAllText(Path.Combine(dir, "VERSION"), version + "\n");
        foreach (var app in Directory.GetDirectories(dir))
        {
            File.WriteAllText(Path.Combine(app, "release.txt"), version);
        }
    }
}
