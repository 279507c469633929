using System.Security.Cryptography;
using System.Text;

namespace KimHotspot.Portal.Features.Admin.Access;

/// <summary>
/// Time-based one-time codes (RFC 6238) as authenticator apps make them: HOTP over 30-second steps since the Unix
/// epoch, SHA-1, six digits. A code of the step before or after is accepted too (clock drift), each step once.
/// </summary>
public static class Totp
{
    public const int StepSeconds = 30;

    public const int Digits = 6;

    /// <summary>Secret length in bytes (160 bits, as RFC 4226 recommends for SHA-1).</summary>
    public const int SecretBytes = 20;

    public static byte[] NewSecret() => RandomNumberGenerator.GetBytes(SecretBytes);

    /// <summary>The time step that contains <paramref name="at"/>.</summary>
    public static long StepAt(DateTimeOffset at) => Math.DivRem(at.ToUnixTimeSeconds(), StepSeconds, out var rest) - (rest < 0 ? 1 : 0);

    /// <summary>The code at <paramref name="at"/> (SHA-1 and six digits unless told otherwise).</summary>
    public static string Code(ReadOnlySpan<byte> key, DateTimeOffset at, int digits = Digits, HashAlgorithmName? algorithm = null) =>
        Hotp.Code(key, StepAt(at), digits, algorithm ?? HashAlgorithmName.SHA1);

    /// <summary>
    /// The step whose code <paramref name="code"/> is (now, one before or one after), if that step is later than
    /// <paramref name="lastUsedStep"/>; null for a wrong, malformed or already used code.
    /// </summary>
    public static long? Match(ReadOnlySpan<byte> key, string? code, DateTimeOffset now, long lastUsedStep)
    {
        var digits = Normalize(code);
        if (digits is null)
        {
            return null;
        }

        var given = Encoding.ASCII.GetBytes(digits);
        long? found = null;
        var current = StepAt(now);
        for (var step = current - 1; step <= current + 1; step++)
        {
            var expected = Encoding.ASCII.GetBytes(Hotp.Code(key, step, Digits, HashAlgorithmName.SHA1));
            // Every candidate is compared in fixed time and the loop never ends early.
            if (CryptographicOperations.FixedTimeEquals(expected, given) && step > lastUsedStep)
            {
                found ??= step;
            }
        }

        return found;
    }

    /// <summary>The otpauth:// URI authenticator apps read from the QR code.</summary>
    public static string SetupUri(string issuer, string accountName, ReadOnlySpan<byte> key)
    {
        var secret = Base32.Encode(key);
        var label = Uri.EscapeDataString(issuer) + ":" + Uri.EscapeDataString(accountName);
        return $"otpauth://totp/{label}?secret={secret}&issuer={Uri.EscapeDataString(issuer)}&algorithm=SHA1&digits={Digits}&period={StepSeconds}";
    }

    private static string? Normalize(string? code)
    {
        var digits = string.Concat((code ?? string.Empty).Where(c => !char.IsWhiteSpace(c)));
        return digits.Length == Digits && digits.All(char.IsAsciiDigit) ? digits : null;
    }
}
