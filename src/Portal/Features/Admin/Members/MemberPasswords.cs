using System.Security.Cryptography;

namespace KimHotspot.Portal.Features.Admin.Members;

/// <summary>New member passwords an admin can read out or write down: three groups of four, no look-alike characters.</summary>
public static class MemberPasswords
{
    private const string Alphabet = "abcdefghjkmnpqrstuvwxyz23456789";

    /// <summary>E.g. "k7mq-x3ta-9pfe" (about 59 bits).</summary>
    public static string New() => string.Join('-', Enumerable.Range(0, 3).Select(_ => RandomNumberGenerator.GetString(Alphabet, 4)));
}
