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

    private static UploadOptions Valid() => new() { Url = new Uri("https://central.example/") };

    [Fact]
    public void Validate_UrlGiven_PassesWithTenMinuteCap()
    {
        Assert.Empty(Validate(Valid()));
        Assert.Equal(TimeSpan.FromMinutes(10), Valid().MaxBackoff);
    }

    [Fact]
    public void Validate_RelativeOrMissingUrl_Fails()
    {
        var relative = Valid();
        relative.Url = new Uri("/central", UriKind.Relative);
        var missing = Valid();
        missing.Url = null;

        Assert.Contains(Validate(relative), r => r.MemberNames.Contains(nameof(UploadOptions.Url)));
        Assert.Contains(Validate(missing), r => r.MemberNames.Contains(nameof(UploadOptions.Url)));
    }

    [Fact]
    public void ReportsUri_PathBase_Kept()
    {
        var options = Valid();
        options.Url = new Uri("https://hub.example/kotamobagu");

        Assert.Equal("https://hub.example/kotamobagu/api/v1/reports", options.ReportsUri().AbsoluteUri);
    }
}
