using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;

namespace KimHotspot.Contracts.Signing;

public static partial class SiteSignature
{
    /// <summary>
    /// Checks an upload: header form, site key, timestamp within <paramref name="maxSkew"/> of
    /// <paramref name="now"/>, signature (constant-time), then that the nonce is new (remembered
    /// for 2 × <paramref name="maxSkew"/>). The nonce is recorded only for correctly signed requests.
    /// </summary>
    /// <param name="method">HTTP method as received.</param>
    /// <param name="path">Request path (and query, if any) as received.</param>
    /// <param name="body">The exact body bytes received.</param>
    /// <param name="headers">The signature headers; null when any is missing.</param>
    /// <param name="keyLookup">The active key of a site, or null when unknown or revoked.</param>
    /// <param name="now">The receiver's clock.</param>
    /// <param name="maxSkew">Largest accepted distance between the timestamp and <paramref name="now"/>.</param>
    /// <param name="nonces">Where used nonces are remembered.</param>
    /// <param name="cancellationToken">Cancels the nonce store call.</param>
    /// <returns>The verdict.</returns>
    public static async ValueTask<VerifyResult> VerifyAsync(
        string method,
        string path,
        ReadOnlyMemory<byte> body,
        SignedHeaders? headers,
        Func<string, byte[]?> keyLookup,
        DateTimeOffset now,
        TimeSpan maxSkew,
        INonceStore nonces,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keyLookup);
        ArgumentNullException.ThrowIfNull(nonces);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(maxSkew, TimeSpan.Zero);
        var verdict = Check(method, path, body.Span, headers, keyLookup, now, maxSkew);
        if (verdict != VerifyResult.Ok)
        {
            return verdict;
        }

        var fresh = await nonces
            .TryAddAsync(headers!.SiteId, headers.Nonce, now, now + (2 * maxSkew), cancellationToken)
            .ConfigureAwait(false);
        return fresh ? VerifyResult.Ok : VerifyResult.Replayed;
    }

    private static VerifyResult Check(
        string method,
        string path,
        ReadOnlySpan<byte> body,
        SignedHeaders? headers,
        Func<string, byte[]?> keyLookup,
        DateTimeOffset now,
        TimeSpan maxSkew)
    {
        if (headers is null || !IsValidRequestLine(method, path) || !IsValidSiteId(headers.SiteId)
            || !TryParseTimestamp(headers.Timestamp, out var seconds)
            || !HasDecodedLength(headers.Nonce, NonceBytes)
            || !HasDecodedLength(headers.Signature, HMACSHA256.HashSizeInBytes))
        {
            return VerifyResult.Malformed;
        }

        var key = keyLookup(headers.SiteId);
        if (key is null || key.Length == 0)
        {
            return VerifyResult.UnknownSite;
        }

        var nowSeconds = now.ToUnixTimeSeconds();
        if (nowSeconds < 0 || Math.Abs(nowSeconds - seconds) > (long)maxSkew.TotalSeconds)
        {
            return VerifyResult.Stale;
        }

        var expected = Mac(method, path, headers.Timestamp, headers.Nonce, body, key);
        var received = Base64Url.DecodeFromChars(headers.Signature);
        return CryptographicOperations.FixedTimeEquals(expected, received)
            ? VerifyResult.Ok
            : VerifyResult.BadSignature;
    }

    private static bool TryParseTimestamp(string value, out long seconds)
    {
        seconds = 0;
        return value.Length is > 0 and <= 19
            && value.All(char.IsAsciiDigit)
            && long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out seconds);
    }

    private static bool HasDecodedLength(string value, int bytes) =>
        value.Length == Base64Url.GetEncodedLength(bytes)
        && Base64Url.IsValid(value, out var decoded)
        && decoded == bytes;
}
