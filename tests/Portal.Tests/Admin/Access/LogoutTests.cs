using System.Net;
using System.Text.RegularExpressions;
using KimHotspot.Portal.Features.Admin.Access;

namespace KimHotspot.Portal.Tests.Admin.Access;

public sealed class LogoutTests
{
    [Fact]
    public async Task Logout_PostWithToken_EndsSession()
    {
        await using var kit = await AdminKit.StartAsync();
        using var client = await kit.SignedInClientAsync(AdminRole.Editor);

        var response = await AdminKit.PostFormAsync(client, "/admin/akun-saya", "/admin/keluar", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/admin/masuk", response.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync(new Uri("/admin", UriKind.Relative))).StatusCode);
    }

    // The menu's logout form has an explicit action: without asp-antiforgery="true" the tag helper adds no token
    // and a browser's logout POST gets 400.
    [Fact]
    public async Task Logout_MenuForm_CarriesItsOwnAntiforgeryToken()
    {
        await using var kit = await AdminKit.StartAsync();
        using var client = await kit.SignedInClientAsync(AdminRole.Editor);

        var html = await client.GetStringAsync(new Uri("/admin", UriKind.Relative));

        var form = Regex.Match(html, "<form[^>]*action=\"/admin/keluar\"[^>]*>(.*?)</form>", RegexOptions.Singleline);
        Assert.True(form.Success);
        Assert.Contains("__RequestVerificationToken", form.Groups[1].Value, StringComparison.Ordinal);
    }
}
