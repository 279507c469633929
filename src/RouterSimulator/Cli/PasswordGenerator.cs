using System.Security.Cryptography;

namespace KimHotspot.RouterSimulator.Cli;

/// <summary>Random API passwords for runs without <c>--password</c> (there is no default password).</summary>
internal static class PasswordGenerator
{
    // No look-alikes (0/O, 1/l/I), ASCII only so every API client encodes it the same way.
    private const string Alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    public static string New(int length = 16) => RandomNumberGenerator.GetString(Alphabet, length);
}
