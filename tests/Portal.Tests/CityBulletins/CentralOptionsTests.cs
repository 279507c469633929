using System.ComponentModel.DataAnnotations;
using KimHotspot.Portal.Features.CityBulletins;

namespace KimHotspot.Portal.Tests.CityBulletins;

public class CentralOptionsTests
{
    [Fact]
    public void Validate_NoUrl_NothingRequired() => Assert.Empty(Problems(new CentralOptions()));

    [Theory]
    [InlineData("ftp://central/", "71.74.01.2001", "kunci-situs-uji-0123456789", null)]
    [InlineData("https://central/", "bukan kode!", "kunci-situs-uji-0123456789", null)]
    [InlineData("https://central/", "71.74.01.2001", null, null)]
    [InlineData("https://central/", "71.74.01.2001", "pendek", null)]
    [InlineData("https://central/", "71.74.01.2001", "kunci-situs-uji-0123456789", "/tidak/ada")]
    public void Validate_UrlWithBadCredential_Refused(string url, string site, string? key, string? keyFile) =>
        Assert.NotEmpty(Problems(new CentralOptions { Url = url, SiteId = site, SiteKey = key, SiteKeyFile = keyFile }));

    [Fact]
    public void FeedUri_BaseWithPath_KeepsPathAndAddsCursor()
    {
        var options = new CentralOptions { Url = "https://dinas.example/central" };

        Assert.Equal("https://dinas.example/central/api/v1/bulletins?since=42", options.FeedUri(42).ToString());
        Assert.Equal(TimeSpan.FromMinutes(15), options.Interval);
    }

    private static List<ValidationResult> Problems(CentralOptions options)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        return results;
    }
}
