using System.Buffers.Text;
using System.Text;
using KimHotspot.Contracts.Signing;

namespace KimHotspot.Contracts.Tests.Signing;

public class SiteSignatureTests
{
    private readonly SignatureFixture _f = new();

    [Fact]
    public async Task Verify_FreshSignature_Ok()
    {
        Assert.Equal(VerifyResult.Ok, await _f.Verify(_f.Sign()));
    }

    [Fact]
    public async Task Verify_LowercaseMethodOnReceiver_Ok()
    {
        Assert.Equal(VerifyResult.Ok, await _f.Verify(_f.Sign(), method: "post"));
    }

    [Fact]
    public async Task Verify_BodyChanged_BadSignature()
    {
        var body = (byte[])_f.Body.Clone();
        body[^2] ^= 1;

        Assert.Equal(VerifyResult.BadSignature, await _f.Verify(_f.Sign(), body: body));
    }

    [Fact]
    public async Task Verify_PathChanged_BadSignature()
    {
        Assert.Equal(VerifyResult.BadSignature, await _f.Verify(_f.Sign(), path: "/api/v1/reportz"));
    }

    [Fact]
    public async Task Verify_MethodChanged_BadSignature()
    {
        Assert.Equal(VerifyResult.BadSignature, await _f.Verify(_f.Sign(), method: "PUT"));
    }

    [Fact]
    public async Task Verify_TimestampChangedWithinSkew_BadSignature()
    {
        var signed = _f.Sign();
        var moved = signed with { Timestamp = (long.Parse(signed.Timestamp, System.Globalization.CultureInfo.InvariantCulture) + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) };

        Assert.Equal(VerifyResult.BadSignature, await _f.Verify(moved));
    }

    [Fact]
    public async Task Verify_NonceChanged_BadSignature()
    {
        var signed = _f.Sign();

        Assert.Equal(VerifyResult.BadSignature, await _f.Verify(signed with { Nonce = _f.Sign().Nonce }));
    }

    [Fact]
    public async Task Verify_WrongKey_BadSignature()
    {
        var signed = SiteSignature.Sign("POST", SignatureFixture.Path, _f.Body, SignatureFixture.Site, "another-key"u8, _f.Now);

        Assert.Equal(VerifyResult.BadSignature, await _f.Verify(signed));
    }

    [Fact]
    public async Task Verify_UnknownSite_UnknownSite()
    {
        var signed = SiteSignature.Sign("POST", SignatureFixture.Path, _f.Body, "99.99.99.9999", _f.Key, _f.Now);

        Assert.Equal(VerifyResult.UnknownSite, await _f.Verify(signed));
    }

    [Theory]
    [InlineData(-301)]
    [InlineData(301)]
    [InlineData(-1_764_342_000)]
    public async Task Verify_TimestampOutsideSkew_Stale(int offsetSeconds)
    {
        Assert.Equal(VerifyResult.Stale, await _f.Verify(_f.Sign(), now: _f.Now.AddSeconds(offsetSeconds)));
    }

    [Theory]
    [InlineData(-300)]
    [InlineData(300)]
    public async Task Verify_TimestampAtSkewEdge_Ok(int offsetSeconds)
    {
        Assert.Equal(VerifyResult.Ok, await _f.Verify(_f.Sign(), now: _f.Now.AddSeconds(offsetSeconds)));
    }

    [Fact]
    public async Task Verify_SameRequestTwice_Replayed()
    {
        var signed = _f.Sign();
        await _f.Verify(signed);

        Assert.Equal(VerifyResult.Replayed, await _f.Verify(signed, now: _f.Now.AddSeconds(299)));
    }

    [Fact]
    public async Task Verify_ForgedRequest_DoesNotBurnNonce()
    {
        var signed = _f.Sign();
        await _f.Verify(signed with { Signature = Base64Url.EncodeToString(new byte[32]) });

        Assert.Equal(VerifyResult.Ok, await _f.Verify(signed));
    }

    [Fact]
    public void Sign_TwoCalls_UseDifferentNonces()
    {
        var a = _f.Sign();
        var b = _f.Sign();

        Assert.NotEqual(a.Nonce, b.Nonce);
        Assert.Equal(16, Base64Url.DecodeFromChars(a.Nonce).Length);
        Assert.Equal("1764342000", a.Timestamp);
        Assert.Equal(SignatureFixture.Site, a.SiteId);
    }

    [Fact]
    public void ComputeSignature_KnownVector_MatchesIndependentHmac()
    {
        // Expected value computed independently with Python's hmac/hashlib (see README).
        var signature = SiteSignature.ComputeSignature(
            "POST", SignatureFixture.Path, "1764342000", "AAECAwQFBgcICQoLDA0ODw", _f.Body, _f.Key);

        Assert.Equal("hdjFofHJ-cIVJuBut_OFmDYaXpu9km-BqDWV4Iwb4Ec", signature);
    }

    [Fact]
    public void CanonicalText_KnownVector_IsFiveLines()
    {
        var text = SiteSignature.CanonicalText("post", SignatureFixture.Path, "1764342000", "AAECAwQFBgcICQoLDA0ODw", _f.Body);

        Assert.Equal(
            "POST\n/api/v1/reports\n1764342000\nAAECAwQFBgcICQoLDA0ODw\n"
            + "85e233998ce34dcd766e78c6e428adc4bcf278e26bcc71c9b4132c7031587700",
            text);
    }

    [Fact]
    public async Task Verify_KnownVector_Ok()
    {
        var headers = new SignedHeaders(
            SignatureFixture.Site, "1764342000", "AAECAwQFBgcICQoLDA0ODw", "hdjFofHJ-cIVJuBut_OFmDYaXpu9km-BqDWV4Iwb4Ec");

        Assert.Equal(VerifyResult.Ok, await _f.Verify(headers));
    }

    [Fact]
    public void Sign_PathWithNewline_Throws()
    {
        Assert.Throws<ArgumentException>(() =>
            SiteSignature.Sign("POST", "/a\n/b", _f.Body, SignatureFixture.Site, _f.Key, _f.Now));
    }

    [Fact]
    public void Sign_BadSiteId_Throws()
    {
        Assert.Throws<ArgumentException>(() =>
            SiteSignature.Sign("POST", SignatureFixture.Path, _f.Body, "bad site", Encoding.UTF8.GetBytes("k"), _f.Now));
    }
}
