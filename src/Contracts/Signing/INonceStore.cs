namespace KimHotspot.Contracts.Signing;

/// <summary>Remembers the nonces of accepted requests so a captured request cannot be replayed.</summary>
public interface INonceStore
{
    /// <summary>
    /// Records <paramref name="nonce"/> for <paramref name="siteId"/> until <paramref name="expiresAt"/>.
    /// Returns false when the nonce is already remembered (a replay) or cannot be remembered.
    /// </summary>
    /// <param name="siteId">The site the nonce belongs to.</param>
    /// <param name="nonce">The nonce as sent (base64url).</param>
    /// <param name="now">The receiver's current time.</param>
    /// <param name="expiresAt">When the nonce may be forgotten.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    ValueTask<bool> TryAddAsync(
        string siteId, string nonce, DateTimeOffset now, DateTimeOffset expiresAt, CancellationToken cancellationToken);
}
