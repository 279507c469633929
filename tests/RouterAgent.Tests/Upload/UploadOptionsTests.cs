using System.ComponentModel.DataAnnotations;
using KimHotspot.RouterAgent.Upload;

namespace KimHotspot.RouterAgent.Tests.Upload;

public sealed class UploadOptionsTests
{
    private static List<ValidationResult> Validate(UploadOptions options)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        return results;
    }

    private static UploadOptions Valid() => new() { Url = new Uri("https://central.example/"), SiteId = "71.74.01.2001", SiteKey = "k" };

    [Fact]
    public void Validate_KeyGiven_Passes()
    {
        Assert.Empty(Validate(Valid()));
        Assert.Equal(TimeSpan.FromMinutes(10), Valid().MaxBackoff);
    }

    [Fact]
    public void Validate_BothOrNoKey_Fails()
    {
        var both = Valid();
        both.SiteKeyFile = "/etc/kim/site.key";
        var none = Valid();
        none.SiteKey = null;

        Assert.Contains(Validate(both), r => r.MemberNames.Contains(nameof(UploadOptions.SiteKey)));
        Assert.Contains(Validate(none), r => r.MemberNames.Contains(nameof(UploadOptions.SiteKeyFile)));
    }

    [Fact]
    public void Validate_BadSiteIdOrRelativeUrl_Fails()
    {
        var badSite = Valid();
        badSite.SiteId = "desa kita";
        var relative = Valid();
        relative.Url = new Uri("/central", UriKind.Relative);

        Assert.NotEmpty(Validate(badSite));
        Assert.NotEmpty(Validate(relative));
    }

    [Fact]
    public void LoadKey_KeyFile_TrimmedUtf8()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "secret-key\n");
            var options = Valid();
            options.SiteKey = null;
            options.SiteKeyFile = path;

            Assert.Empty(Validate(options));
            Assert.Equal("secret-key"u8.ToArray(), options.LoadKey());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void ReportsUri_PathBase_Kept()
    {
        var options = Valid();
        options.Url = new Uri("https://hub.example/kotamobagu");

        Assert.Equal("https://hub.example/kotamobagu/api/v1/reports", options.ReportsUri().AbsoluteUri);
    }
}
