using KimHotspot.Portal.Features.Admin.Vouchers;
using KimHotspot.Portal.Features.Vouchers;

namespace KimHotspot.Portal.Tests.Admin.Vouchers;

public class VoucherAlphabetTests
{
    [Fact]
    public void Characters_NoLookAlikes_AndDistinct()
    {
        foreach (char c in "0O1IL5S2Z8B")
        {
            Assert.DoesNotContain(c, VoucherAlphabet.Characters);
        }

        Assert.Equal(VoucherAlphabet.Characters.Length, VoucherAlphabet.Characters.Distinct().Count());
        Assert.All(VoucherAlphabet.Characters, c => Assert.True(char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c)));
    }

    [Theory]
    [InlineData(6)]
    [InlineData(8)]
    [InlineData(12)]
    public void NewCode_Length_FromAlphabetAndUnchangedByNormalize(int length)
    {
        var codes = Enumerable.Range(0, 200).Select(_ => VoucherAlphabet.NewCode(length)).ToList();

        Assert.All(codes, c => Assert.Equal(length, c.Length));
        Assert.All(codes, c => Assert.True(VoucherAlphabet.IsFrom(c), c));
        Assert.All(codes, c => Assert.Equal(c, VoucherCode.Normalize(c)));
        Assert.True(codes.Distinct().Count() > 190, "200 random codes should hardly ever repeat");
    }

    [Theory]
    [InlineData(5)]
    [InlineData(13)]
    public void NewCode_LengthOutOfRange_Throws(int length) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => VoucherAlphabet.NewCode(length));

    [Fact]
    public void NewCode_ManyCodes_UseEveryCharacter()
    {
        var seen = new HashSet<char>(Enumerable.Range(0, 400).SelectMany(_ => VoucherAlphabet.NewCode(12)));

        Assert.Equal(VoucherAlphabet.Characters.Order(), seen.Order());
    }

    [Theory]
    [InlineData("KMF47HQX", "KMF4-7HQX")]
    [InlineData("ACDEFGHJKMNP", "ACDE-FGHJ-KMNP")]
    [InlineData("ACDEFG", "ACDEFG")]
    public void Grouped_DashesEveryFour_NormalizeUndoesIt(string code, string grouped)
    {
        Assert.Equal(grouped, VoucherAlphabet.Grouped(code));
        Assert.Equal(code, VoucherCode.Normalize(grouped.ToLowerInvariant()));
    }

    [Fact]
    public void Tail_ShowsLastThreeOnly() => Assert.Equal("…HQX", VoucherMask.Tail("KMF47HQX"));
}
