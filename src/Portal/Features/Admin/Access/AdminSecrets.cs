using System.Security.Cryptography;

namespace KimHotspot.Portal.Features.Admin.Access;

/// <summary>Generated passwords and stamps for admin accounts (there are no default passwords).</summary>
public static class AdminSecrets
{
    /// <summary>Letters and digits without look-alikes (no 0/O, 1/l/I).</summary>
    private const string Alphabet = "abcdefghjkmnpqrstuvwxyz23456789";

    /// <summary>Shortest password an admin may choose.</summary>
    public const int MinPasswordLength = 10;

    /// <summary>A random password of four groups of four, e.g. "k7mq-x3ta-9pfe-r2wd" (about 79 bits).</summary>
    public static string NewPassword() =>
        string.Join('-', Enumerable.Range(0, 4).Select(_ => RandomNumberGenerator.GetString(Alphabet, 4)));

    public static string NewStamp() => Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
}
