using KimHotspot.Central.Sites;
using KimHotspot.Contracts.Signing;
using Microsoft.AspNetCore.Http.Extensions;

namespace KimHotspot.Central.Ingest;

/// <summary>
/// Verifies an upload's signature against every active key of its site (two during a rotation: a signature by either
/// is good). The nonce is recorded only when a key matches, so trying the next key after a mismatch is safe.
/// </summary>
internal static class SignatureCheck
{
    public static async Task<VerifyResult> VerifyAsync(
        HttpRequest request, ReadOnlyMemory<byte> body, SignedHeaders? headers, SiteKeyring keyring, INonceStore nonces,
        DateTimeOffset now, TimeSpan maxSkew, CancellationToken ct)
    {
        IReadOnlyList<byte[]?> keys = headers is not null && LooksLikeSiteId(headers.SiteId)
            ? await keyring.ActiveKeysAsync(headers.SiteId, ct) : [];
        var path = request.GetEncodedPathAndQuery();
        var verdict = VerifyResult.UnknownSite;
        foreach (var key in keys.Count == 0 ? [null] : keys)
        {
            verdict = await SiteSignature.VerifyAsync(request.Method, path, body, headers, _ => key, now, maxSkew, nonces, ct);
            if (verdict != VerifyResult.BadSignature)
            {
                break;
            }
        }

        return verdict;
    }

    private static bool LooksLikeSiteId(string id) =>
        id.Length is > 0 and <= 64 && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-');
}
