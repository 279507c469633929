using System.Security.Cryptography;
using System.Text;
using KimHotspot.Portal.Features.Admin.Access;

namespace KimHotspot.Portal.Tests.Admin.Access;

/// <summary>HOTP (RFC 4226 Appendix D), TOTP (RFC 6238 Appendix B) and Base32 (RFC 4648 section 10) test vectors.</summary>
public sealed class OneTimeCodeTests
{
    private static readonly byte[] Sha1Seed = Encoding.ASCII.GetBytes("12345678901234567890");
    private static readonly byte[] Sha256Seed = Encoding.ASCII.GetBytes("12345678901234567890123456789012");
    private static readonly byte[] Sha512Seed = Encoding.ASCII.GetBytes("1234567890123456789012345678901234567890123456789012345678901234");

    [Theory]
    [InlineData(0, "755224")]
    [InlineData(1, "287082")]
    [InlineData(2, "359152")]
    [InlineData(3, "969429")]
    [InlineData(4, "338314")]
    [InlineData(5, "254676")]
    [InlineData(6, "287922")]
    [InlineData(7, "162583")]
    [InlineData(8, "399871")]
    [InlineData(9, "520489")]
    public void HotpCode_Rfc4226Vectors_Match(long counter, string expected) =>
        Assert.Equal(expected, Hotp.Code(Sha1Seed, counter, 6, HashAlgorithmName.SHA1));

    [Theory]
    [InlineData(59L, "94287082", "SHA1")]
    [InlineData(59L, "46119246", "SHA256")]
    [InlineData(59L, "90693936", "SHA512")]
    [InlineData(1111111109L, "07081804", "SHA1")]
    [InlineData(1111111109L, "68084774", "SHA256")]
    [InlineData(1111111109L, "25091201", "SHA512")]
    [InlineData(1111111111L, "14050471", "SHA1")]
    [InlineData(1111111111L, "67062674", "SHA256")]
    [InlineData(1111111111L, "99943326", "SHA512")]
    [InlineData(1234567890L, "89005924", "SHA1")]
    [InlineData(1234567890L, "91819424", "SHA256")]
    [InlineData(1234567890L, "93441116", "SHA512")]
    [InlineData(2000000000L, "69279037", "SHA1")]
    [InlineData(2000000000L, "90698825", "SHA256")]
    [InlineData(2000000000L, "38618901", "SHA512")]
    [InlineData(20000000000L, "65353130", "SHA1")]
    [InlineData(20000000000L, "77737706", "SHA256")]
    [InlineData(20000000000L, "47863826", "SHA512")]
    public void TotpCode_Rfc6238Vectors_Match(long unixSeconds, string expected, string algorithm)
    {
        var seed = algorithm switch { "SHA1" => Sha1Seed, "SHA256" => Sha256Seed, _ => Sha512Seed };
        var at = DateTimeOffset.FromUnixTimeSeconds(unixSeconds);

        Assert.Equal(expected, Totp.Code(seed, at, 8, new HashAlgorithmName(algorithm)));
    }

    [Fact]
    public void TotpCode_SixDigitsSha1_IsTheLastSixOfTheEightDigitVector()
    {
        // Truncation is modulo 10^digits, so the 6-digit code is the 8-digit vector's tail.
        Assert.Equal("081804", Totp.Code(Sha1Seed, DateTimeOffset.FromUnixTimeSeconds(1111111109)));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(0)]
    [InlineData(1)]
    public void TotpMatch_CodeOneStepAway_IsAcceptedWithItsStep(int offset)
    {
        var now = DateTimeOffset.FromUnixTimeSeconds(1234567890);
        var step = Totp.StepAt(now) + offset;
        var code = Hotp.Code(Sha1Seed, step, 6, HashAlgorithmName.SHA1);

        Assert.Equal(step, Totp.Match(Sha1Seed, code, now, lastUsedStep: 0));
    }

    [Fact]
    public void TotpMatch_CodeTwoStepsAway_IsRefused()
    {
        var now = DateTimeOffset.FromUnixTimeSeconds(1234567890);
        var code = Hotp.Code(Sha1Seed, Totp.StepAt(now) - 2, 6, HashAlgorithmName.SHA1);

        Assert.Null(Totp.Match(Sha1Seed, code, now, lastUsedStep: 0));
    }

    [Fact]
    public void TotpMatch_CodeOfAnAlreadyUsedStep_IsRefused()
    {
        var now = DateTimeOffset.FromUnixTimeSeconds(1234567890);
        var code = Totp.Code(Sha1Seed, now);

        Assert.Null(Totp.Match(Sha1Seed, code, now, lastUsedStep: Totp.StepAt(now)));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("12345")]
    [InlineData("abcdef")]
    [InlineData("1234567")]
    public void TotpMatch_Malformed_IsRefused(string? code) =>
        Assert.Null(Totp.Match(Sha1Seed, code, DateTimeOffset.FromUnixTimeSeconds(59), 0));

    [Fact]
    public void TotpMatch_SpacesInsideCode_AreIgnored()
    {
        var now = DateTimeOffset.FromUnixTimeSeconds(1234567890);
        var code = Totp.Code(Sha1Seed, now);

        Assert.NotNull(Totp.Match(Sha1Seed, " " + code[..3] + " " + code[3..], now, 0));
    }

    [Theory]
    [InlineData("", "")]
    [InlineData("f", "MY")]
    [InlineData("fo", "MZXQ")]
    [InlineData("foo", "MZXW6")]
    [InlineData("foob", "MZXW6YQ")]
    [InlineData("fooba", "MZXW6YTB")]
    [InlineData("foobar", "MZXW6YTBOI")]
    public void Base32_Rfc4648Vectors_RoundTrip(string text, string base32)
    {
        var bytes = Encoding.ASCII.GetBytes(text);

        Assert.Equal(base32, Base32.Encode(bytes));
        Assert.True(Base32.TryDecode(base32.ToLowerInvariant() + "===", out var decoded));
        Assert.Equal(bytes, decoded);
    }

    [Fact]
    public void Base32_NotBase32_IsRefused() => Assert.False(Base32.TryDecode("MZ1W", out _));

    [Fact]
    public void Base32_NewSecretGrouped_DecodesBack()
    {
        var secret = Totp.NewSecret();

        Assert.Equal(20, secret.Length);
        Assert.True(Base32.TryDecode(Base32.Grouped(secret), out var decoded));
        Assert.Equal(secret, decoded);
    }
}
