using System.Security.Cryptography;

namespace KimHotspot.Portal.Features.Members;

/// <summary>Random secrets and their stored hashes.</summary>
public static class Secrets
{
    /// <summary>A random URL-safe token of <paramref name="bytes"/> random bytes.</summary>
    public static string NewToken(int bytes = 32) =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(bytes)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>Lower-case hex SHA-256 of a token: what the database keeps instead of the token.</summary>
    public static string Hash(string token) =>
        Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(token)));
}
