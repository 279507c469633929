using System.Security.Cryptography;

namespace KimHotspot.RouterSetup.Cli;

/// <summary>Passwords live in files only: read trimmed, or made up and written with mode 0600.</summary>
internal static class SecretFile
{
    private const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    public static async Task<string> ReadAsync(string path, CancellationToken cancellationToken)
    {
        string text = (await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false)).Trim();
        return text.Length > 0 ? text : throw new UsageException($"{path} is empty");
    }

    /// <summary>The password in <paramref name="path"/>; when the file does not exist, a new one written there (0600).</summary>
    public static async Task<string> ReadOrCreateAsync(string path, CancellationToken cancellationToken)
    {
        if (File.Exists(path))
        {
            return await ReadAsync(path, cancellationToken).ConfigureAwait(false);
        }

        string password = RandomNumberGenerator.GetString(Alphabet, 24);
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        await using var stream = new FileStream(path, options);
        await using var writer = new StreamWriter(stream);
        await writer.WriteLineAsync(password.AsMemory(), cancellationToken).ConfigureAwait(false);
        return password;
    }
}
