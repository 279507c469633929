using System.Security.Cryptography;

namespace KimHotspot.Central.Operators;

/// <summary>Generated operator passwords and security stamps (no default passwords anywhere).</summary>
public static class OperatorSecrets
{
    /// <summary>Letters and digits without look-alikes (no 0/O, 1/l/I).</summary>
    private const string Alphabet = "abcdefghjkmnpqrstuvwxyz23456789";

    /// <summary>Shortest password an operator may choose.</summary>
    public const int MinPasswordLength = 12;

    /// <summary>Five groups of four random characters, e.g. <c>k7mq-x3ta-9pfe-r2wd-h4nc</c> (about 99 bits).</summary>
    public static string NewPassword() =>
        string.Join('-', Enumerable.Range(0, 5).Select(_ => RandomNumberGenerator.GetString(Alphabet, 4)));

    public static string NewStamp() => Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
}
