using KimHotspot.Portal.Features.Members;

namespace KimHotspot.Portal.Tests.Members;

public class PhoneNumberTests
{
    [Theory]
    [InlineData("081234567890", "6281234567890")]
    [InlineData("0812-3456-7890", "6281234567890")]
    [InlineData("+62 812 3456 7890", "6281234567890")]
    [InlineData("6281234567890", "6281234567890")]
    [InlineData(" (0857) 1234.567 ", "628571234567")]
    public void Normalize_IndonesianMobile_Gives628Form(string typed, string expected) =>
        Assert.Equal(expected, PhoneNumber.Normalize(typed));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("0212345678")]
    [InlineData("08123")]
    [InlineData("0812345678901234")]
    [InlineData("0812abc45678")]
    [InlineData("+1 415 555 0100")]
    public void Normalize_NotAnIndonesianMobile_GivesNull(string? typed) => Assert.Null(PhoneNumber.Normalize(typed));
}
