using System.Security.Cryptography;

namespace KimHotspot.RouterAgent.Site;

/// <summary>
/// The village's secret salt for device hashes: 32 random bytes made once beside the outbox and kept (owner-only),
/// so "distinct devices" stay comparable across restarts and key rotations, while the hashes cannot be reversed to
/// MACs by anyone without the village box.
/// </summary>
public static class DeviceSalt
{
    public const string FileName = "device-salt";

    /// <summary>Reads the salt in <paramref name="directory"/>, making it first when there is none.</summary>
    public static byte[] LoadOrCreate(string directory)
    {
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, FileName);
        if (File.Exists(path))
        {
            var existing = File.ReadAllBytes(path);
            if (existing.Length >= 16)
            {
                return existing;
            }
        }

        var salt = RandomNumberGenerator.GetBytes(32);
        var temp = path + ".new";
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write, Options = FileOptions.WriteThrough };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using (var stream = new FileStream(temp, options))
        {
            stream.Write(salt);
            stream.Flush(flushToDisk: true);
        }

        File.Move(temp, path, overwrite: true);
        return salt;
    }
}
