using System.Text;
using KimHotspot.Contracts.Signing;

namespace KimHotspot.Contracts.Tests.Signing;

internal sealed class SignatureFixture
{
    public const string Site = "71.74.01.2001";
    public const string Path = "/api/v1/reports";
    public static readonly TimeSpan MaxSkew = TimeSpan.FromMinutes(5);

    public byte[] Key { get; } = Encoding.UTF8.GetBytes("village-key-0123456789abcdef0123");

    public byte[] Body { get; } = Encoding.UTF8.GetBytes("""{"v":1,"siteId":"71.74.01.2001","reports":[]}""");

    public DateTimeOffset Now { get; } = DateTimeOffset.FromUnixTimeSeconds(1_764_342_000);

    public InMemoryNonceStore Nonces { get; } = new();

    public SignedHeaders Sign() => SiteSignature.Sign("POST", Path, Body, Site, Key, Now);

    public ValueTask<VerifyResult> Verify(
        SignedHeaders? headers, string method = "POST", string path = Path, byte[]? body = null, DateTimeOffset? now = null) =>
        SiteSignature.VerifyAsync(
            method, path, body ?? Body, headers, site => site == Site ? Key : null, now ?? Now, MaxSkew, Nonces);
}
