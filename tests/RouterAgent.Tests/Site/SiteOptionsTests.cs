using System.ComponentModel.DataAnnotations;
using KimHotspot.RouterAgent.Site;

namespace KimHotspot.RouterAgent.Tests.Site;

public sealed class SiteOptionsTests
{
    private static List<ValidationResult> Validate(SiteOptions options)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        return results;
    }

    private static SiteOptions Valid() => new() { Id = "71.74.01.2001", Key = "village-key-0123456789" };

    [Fact]
    public void Validate_KeyGiven_Passes() => Assert.Empty(Validate(Valid()));

    [Fact]
    public void Validate_BothOrNoKey_Fails()
    {
        var both = Valid();
        both.KeyFile = "/etc/kimhotspot/site.key";
        var none = Valid();
        none.Key = null;

        Assert.Contains(Validate(both), r => r.MemberNames.Contains(nameof(SiteOptions.Key)));
        Assert.Contains(Validate(none), r => r.MemberNames.Contains(nameof(SiteOptions.KeyFile)));
    }

    [Theory]
    [InlineData("desa kita", null, null)]
    [InlineData("71.74.01.2001", "short", null)]
    [InlineData("71.74.01.2001", "village-key-0123456789", "Asia/Nowhere")]
    public void Validate_BadIdShortKeyOrUnknownZone_Fails(string id, string? key, string? zone)
    {
        var options = new SiteOptions { Id = id, Key = key ?? "village-key-0123456789", TimeZone = zone };

        Assert.NotEmpty(Validate(options));
    }

    [Fact]
    public void LoadKey_KeyFile_TrimmedUtf8()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "secret-key-from-a-file\n");
            var options = Valid();
            options.Key = null;
            options.KeyFile = path;

            Assert.Empty(Validate(options));
            Assert.Equal("secret-key-from-a-file"u8.ToArray(), options.LoadKey());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Zone_Named_FoundElseFallback()
    {
        Assert.Equal("Asia/Makassar", new SiteOptions { TimeZone = "Asia/Makassar" }.Zone(TimeZoneInfo.Utc).Id);
        Assert.Same(TimeZoneInfo.Utc, new SiteOptions().Zone(TimeZoneInfo.Utc));
    }
}
