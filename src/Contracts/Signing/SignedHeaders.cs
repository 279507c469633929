namespace KimHotspot.Contracts.Signing;

/// <summary>The four signature headers of an upload, as strings exactly as sent.</summary>
/// <param name="SiteId">Value of <c>X-Kim-Site</c>.</param>
/// <param name="Timestamp">Value of <c>X-Kim-Timestamp</c> (unix seconds).</param>
/// <param name="Nonce">Value of <c>X-Kim-Nonce</c> (16 random bytes, base64url).</param>
/// <param name="Signature">Value of <c>X-Kim-Signature</c> (HMAC-SHA256, base64url).</param>
public sealed record SignedHeaders(string SiteId, string Timestamp, string Nonce, string Signature)
{
    /// <summary>Header carrying the site id.</summary>
    public const string SiteHeader = "X-Kim-Site";

    /// <summary>Header carrying the unix-seconds timestamp.</summary>
    public const string TimestampHeader = "X-Kim-Timestamp";

    /// <summary>Header carrying the nonce.</summary>
    public const string NonceHeader = "X-Kim-Nonce";

    /// <summary>Header carrying the signature.</summary>
    public const string SignatureHeader = "X-Kim-Signature";

    /// <summary>The headers as name/value pairs, ready to add to a request.</summary>
    /// <returns>Four pairs.</returns>
    public IReadOnlyList<KeyValuePair<string, string>> ToPairs() =>
    [
        new(SiteHeader, SiteId),
        new(TimestampHeader, Timestamp),
        new(NonceHeader, Nonce),
        new(SignatureHeader, Signature),
    ];

    /// <summary>
    /// Reads the headers through <paramref name="lookup"/> (returning null for a missing header);
    /// null when any of the four is missing or empty.
    /// </summary>
    /// <param name="lookup">Gets a header value by name.</param>
    /// <returns>The headers, or null.</returns>
    public static SignedHeaders? FromLookup(Func<string, string?> lookup)
    {
        ArgumentNullException.ThrowIfNull(lookup);
        var site = lookup(SiteHeader);
        var timestamp = lookup(TimestampHeader);
        var nonce = lookup(NonceHeader);
        var signature = lookup(SignatureHeader);
        return string.IsNullOrEmpty(site) || string.IsNullOrEmpty(timestamp)
            || string.IsNullOrEmpty(nonce) || string.IsNullOrEmpty(signature)
            ? null
            : new SignedHeaders(site, timestamp, nonce, signature);
    }
}
