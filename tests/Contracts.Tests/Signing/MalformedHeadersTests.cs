using KimHotspot.Contracts.Signing;

namespace KimHotspot.Contracts.Tests.Signing;

public class MalformedHeadersTests
{
    private readonly SignatureFixture _f = new();

    [Fact]
    public async Task Verify_NullHeaders_Malformed()
    {
        Assert.Equal(VerifyResult.Malformed, await _f.Verify(null));
    }

    [Theory]
    [InlineData("timestamp", "")]
    [InlineData("timestamp", "-1")]
    [InlineData("timestamp", "17643420OO")]
    [InlineData("timestamp", " 1764342000")]
    [InlineData("timestamp", "99999999999999999999")]
    [InlineData("nonce", "short")]
    [InlineData("nonce", "AAECAwQFBgcICQoLDA0ODw==")]
    [InlineData("nonce", "AAECAwQFBgcICQoLDA0OD+")]
    [InlineData("signature", "not-a-signature")]
    [InlineData("signature", "AAECAwQFBgcICQoLDA0ODw")]
    [InlineData("site", "")]
    [InlineData("site", "71.74 01")]
    [InlineData("site", "a\nb")]
    public async Task Verify_BadHeaderValue_Malformed(string header, string value)
    {
        var signed = _f.Sign();
        var bad = header switch
        {
            "timestamp" => signed with { Timestamp = value },
            "nonce" => signed with { Nonce = value },
            "signature" => signed with { Signature = value },
            _ => signed with { SiteId = value },
        };

        Assert.Equal(VerifyResult.Malformed, await _f.Verify(bad));
    }

    [Fact]
    public async Task Verify_PathWithNewline_Malformed()
    {
        Assert.Equal(VerifyResult.Malformed, await _f.Verify(_f.Sign(), path: "/api/v1/reports\n"));
    }

    [Fact]
    public void FromLookup_MissingHeader_ReturnsNull()
    {
        var pairs = _f.Sign().ToPairs().Where(p => p.Key != SignedHeaders.NonceHeader).ToDictionary();

        Assert.Null(SignedHeaders.FromLookup(name => pairs.GetValueOrDefault(name)));
    }

    [Fact]
    public void FromLookup_AllHeaders_RoundTrips()
    {
        var signed = _f.Sign();
        var pairs = signed.ToPairs().ToDictionary();

        Assert.Equal(signed, SignedHeaders.FromLookup(name => pairs.GetValueOrDefault(name)));
        Assert.Equal(["X-Kim-Site", "X-Kim-Timestamp", "X-Kim-Nonce", "X-Kim-Signature"], pairs.Keys);
    }
}
