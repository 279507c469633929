using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace KimHotspot.Contracts.Signing;

/// <summary>
/// Signs and verifies agent uploads with the site's key. Canonical text (UTF-8, no trailing newline):
/// <c>METHOD\nPATH\nTIMESTAMP\nNONCE\nhex(SHA-256(body))</c>; signature = base64url(HMAC-SHA256(key, text)).
/// </summary>
public static partial class SiteSignature
{
    /// <summary>Bytes of random nonce.</summary>
    public const int NonceBytes = 16;

    /// <summary>Longest site id accepted.</summary>
    public const int MaxSiteIdLength = 64;

    /// <summary>Signs a request made at <paramref name="now"/> with a fresh random nonce.</summary>
    /// <param name="method">HTTP method (upper-cased for signing).</param>
    /// <param name="path">Request path (and query, if any) exactly as sent.</param>
    /// <param name="body">The exact body bytes.</param>
    /// <param name="siteId">The site id.</param>
    /// <param name="key">The site's key.</param>
    /// <param name="now">The signer's best estimate of the current time (correct it by the offset to Central).</param>
    /// <returns>The headers to send.</returns>
    public static SignedHeaders Sign(
        string method, string path, ReadOnlySpan<byte> body, string siteId, ReadOnlySpan<byte> key, DateTimeOffset now)
    {
        if (!IsValidSiteId(siteId))
        {
            throw new ArgumentException("Site id must be 1-64 characters of A-Z a-z 0-9 . _ -.", nameof(siteId));
        }

        var seconds = now.ToUnixTimeSeconds();
        ArgumentOutOfRangeException.ThrowIfNegative(seconds, nameof(now));
        var timestamp = seconds.ToString(CultureInfo.InvariantCulture);
        var nonce = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(NonceBytes));
        var signature = ComputeSignature(method, path, timestamp, nonce, body, key);
        return new SignedHeaders(siteId, timestamp, nonce, signature);
    }

    /// <summary>Builds the canonical text that is signed.</summary>
    /// <param name="method">HTTP method.</param>
    /// <param name="path">Request path as sent.</param>
    /// <param name="timestamp">Timestamp header value.</param>
    /// <param name="nonce">Nonce header value.</param>
    /// <param name="body">Body bytes.</param>
    /// <returns>The canonical text.</returns>
    public static string CanonicalText(
        string method, string path, string timestamp, string nonce, ReadOnlySpan<byte> body)
    {
        ValidateRequestLine(method, path);
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(body, hash);
        return string.Join(
            '\n',
            method.ToUpperInvariant(),
            path,
            timestamp,
            nonce,
            Convert.ToHexStringLower(hash));
    }

    /// <summary>Computes the base64url HMAC-SHA256 signature of the canonical text.</summary>
    /// <param name="method">HTTP method.</param>
    /// <param name="path">Request path as sent.</param>
    /// <param name="timestamp">Timestamp header value.</param>
    /// <param name="nonce">Nonce header value.</param>
    /// <param name="body">Body bytes.</param>
    /// <param name="key">The site's key.</param>
    /// <returns>The signature header value.</returns>
    public static string ComputeSignature(
        string method, string path, string timestamp, string nonce, ReadOnlySpan<byte> body, ReadOnlySpan<byte> key) =>
        Base64Url.EncodeToString(Mac(method, path, timestamp, nonce, body, key));

    internal static byte[] Mac(
        string method, string path, string timestamp, string nonce, ReadOnlySpan<byte> body, ReadOnlySpan<byte> key)
    {
        if (key.IsEmpty)
        {
            throw new ArgumentException("The key must not be empty.", nameof(key));
        }

        var text = Encoding.UTF8.GetBytes(CanonicalText(method, path, timestamp, nonce, body));
        return HMACSHA256.HashData(key, text);
    }

    internal static bool IsValidSiteId(string? siteId) =>
        !string.IsNullOrEmpty(siteId)
        && siteId.Length <= MaxSiteIdLength
        && siteId.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-');

    internal static bool IsValidRequestLine(string? method, string? path) =>
        !string.IsNullOrEmpty(method) && method.All(char.IsAsciiLetter)
        && !string.IsNullOrEmpty(path) && path[0] == '/' && !path.Any(char.IsControl);

    private static void ValidateRequestLine(string method, string path)
    {
        if (!IsValidRequestLine(method, path))
        {
            throw new ArgumentException("Method must be letters; path must start with '/' and hold no control characters.");
        }
    }
}
