namespace KimHotspot.Contracts.Signing;

/// <summary>Outcome of <see cref="SiteSignature.VerifyAsync"/>.</summary>
public enum VerifyResult
{
    /// <summary>Signature valid, timestamp fresh, nonce new.</summary>
    Ok,

    /// <summary>The site is unknown or has no active key.</summary>
    UnknownSite,

    /// <summary>The signature does not match the request.</summary>
    BadSignature,

    /// <summary>The timestamp is further than the allowed skew from the receiver's clock.</summary>
    Stale,

    /// <summary>The nonce was already used (or the nonce store is full and fails closed).</summary>
    Replayed,

    /// <summary>A header is missing or not in the required form.</summary>
    Malformed,
}
