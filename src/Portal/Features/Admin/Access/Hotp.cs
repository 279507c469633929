using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;

namespace KimHotspot.Portal.Features.Admin.Access;

/// <summary>HMAC-based one-time codes (RFC 4226): HMAC of the big-endian counter, dynamic truncation, modulo 10^digits.</summary>
public static class Hotp
{
    /// <summary>The code for <paramref name="counter"/>, left-padded with zeros to <paramref name="digits"/> digits.</summary>
    public static string Code(ReadOnlySpan<byte> key, long counter, int digits, HashAlgorithmName algorithm)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(digits, 6);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(digits, 9);
        Span<byte> message = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(message, counter);
        Span<byte> mac = stackalloc byte[64];
        var length = algorithm.Name switch
        {
#pragma warning disable CA5350 // Authenticator apps speak HMAC-SHA-1 (RFC 6238); HMAC does not rely on SHA-1's collision resistance.
            "SHA1" => HMACSHA1.HashData(key, message, mac),
#pragma warning restore CA5350
            "SHA256" => HMACSHA256.HashData(key, message, mac),
            "SHA512" => HMACSHA512.HashData(key, message, mac),
            _ => throw new ArgumentException("HOTP uses SHA1, SHA256 or SHA512.", nameof(algorithm)),
        };

        var offset = mac[length - 1] & 0x0f;
        var binary = BinaryPrimitives.ReadInt32BigEndian(mac.Slice(offset, 4)) & 0x7fffffff;
        var value = binary % (int)Math.Pow(10, digits);
        return value.ToString(CultureInfo.InvariantCulture).PadLeft(digits, '0');
    }
}
