using System.Net;
using System.Text.RegularExpressions;
using KimHotspot.Portal.Features.Admin.Access;

namespace KimHotspot.Portal.Tests.Admin.Access;

public sealed partial class MyAccountTests
{
    private const string Page = "/admin/akun-saya";

    [Fact]
    public async Task MyAccount_Anonymous_RedirectsToSignIn()
    {
        await using var kit = await AdminKit.StartAsync();
        using var client = kit.AnonymousClient();

        var response = await client.GetAsync(new Uri(Page, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/admin/masuk", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChangePassword_RightCurrent_NewOneWorksAndSessionStays()
    {
        await using var kit = await AdminKit.StartAsync();
        var (name, password) = await kit.CreateAccountAsync(AdminRole.Editor);
        using var client = kit.AnonymousClient();
        await AdminKit.SignInAsync(client, name, password);
        var stamp = (await AccessHelpers.AccountAsync(kit, name)).SecurityStamp;

        var response = await AdminKit.PostFormAsync(client, Page, Page + "?handler=Password", new Dictionary<string, string>
        {
            ["currentPassword"] = password, ["newPassword"] = "sawah-hijau-2026", ["repeatPassword"] = "sawah-hijau-2026",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri(Page, UriKind.Relative))).StatusCode);
        Assert.NotEqual(stamp, (await AccessHelpers.AccountAsync(kit, name)).SecurityStamp);
        using var other = kit.AnonymousClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await AdminKit.SignInAsync(other, name, password)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await AdminKit.SignInAsync(other, name, "sawah-hijau-2026")).StatusCode);
        var audit = Assert.Single(await AccessHelpers.AuditAsync(kit, "account.password.change"));
        Assert.Equal(name, audit.Actor);
        Assert.DoesNotContain("sawah", audit.After ?? string.Empty, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("wrong-current-pw", "sawah-hijau-2026", "sawah-hijau-2026", "Kata sandi sekarang salah.")]
    [InlineData(null, "pendek", "pendek", "minimal")]
    [InlineData(null, "sawah-hijau-2026", "sawah-hijau-2027", "tidak sama")]
    public async Task ChangePassword_BadInput_SaysWhyAndKeepsOldPassword(string? current, string next, string repeat, string message)
    {
        await using var kit = await AdminKit.StartAsync();
        var (name, password) = await kit.CreateAccountAsync(AdminRole.Admin);
        using var client = kit.AnonymousClient();
        await AdminKit.SignInAsync(client, name, password);

        var response = await AdminKit.PostFormAsync(client, Page, Page + "?handler=Password", new Dictionary<string, string>
        {
            ["currentPassword"] = current ?? password, ["newPassword"] = next, ["repeatPassword"] = repeat,
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var other = kit.AnonymousClient();
        Assert.Equal(HttpStatusCode.Redirect, (await AdminKit.SignInAsync(other, name, password)).StatusCode);
        Assert.Empty(await AccessHelpers.AuditAsync(kit, "account.password.change"));
    }

    [Fact]
    public async Task TotpSetup_ConfirmedWithFirstCode_IsOnAndSignInNeedsCode()
    {
        await using var kit = await AdminKit.StartAsync();
        var (name, password) = await kit.CreateAccountAsync(AdminRole.Editor);
        using var client = kit.AnonymousClient();
        await AdminKit.SignInAsync(client, name, password);

        var start = await AdminKit.PostFormAsync(client, Page, Page + "?handler=TotpStart", new Dictionary<string, string>());
        var html = await start.Content.ReadAsStringAsync();
        var secret = SecretPattern().Match(html);
        Assert.True(secret.Success);
        Assert.Contains("<svg", html, StringComparison.Ordinal);
        Assert.Null((await AccessHelpers.AccountAsync(kit, name)).TotpSecret); // not before the first code
        Assert.True(Base32.TryDecode(secret.Groups[1].Value, out var key));

        using var confirm = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = AdminKit.Token(html, Page),
            ["setup"] = AccessHelpers.Field(html, "setup"),
            ["code"] = Totp.Code(key, DateTimeOffset.UtcNow),
        });
        var confirmed = await client.PostAsync(new Uri(Page + "?handler=TotpConfirm", UriKind.Relative), confirm);

        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        var account = await AccessHelpers.AccountAsync(kit, name);
        Assert.NotNull(account.TotpSecret);
        Assert.DoesNotContain(secret.Groups[1].Value.Replace(" ", "", StringComparison.Ordinal), account.TotpSecret, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri(Page, UriKind.Relative))).StatusCode); // still signed in
        Assert.Single(await AccessHelpers.AuditAsync(kit, "account.totp.enable"));
        using var other = kit.AnonymousClient();
        var signIn = await AdminKit.SignInAsync(other, name, password);
        Assert.Contains("name=\"ticket\"", await signIn.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TotpSetup_WrongFirstCode_StaysOff()
    {
        await using var kit = await AdminKit.StartAsync();
        var (name, password) = await kit.CreateAccountAsync(AdminRole.Admin);
        using var client = kit.AnonymousClient();
        await AdminKit.SignInAsync(client, name, password);
        var html = await (await AdminKit.PostFormAsync(client, Page, Page + "?handler=TotpStart", new Dictionary<string, string>())).Content.ReadAsStringAsync();
        Assert.True(Base32.TryDecode(SecretPattern().Match(html).Groups[1].Value, out var key));

        using var confirm = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = AdminKit.Token(html, Page),
            ["setup"] = AccessHelpers.Field(html, "setup"),
            ["code"] = AccessHelpers.WrongCode(key),
        });
        var response = await client.PostAsync(new Uri(Page + "?handler=TotpConfirm", UriKind.Relative), confirm);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Kode tidak cocok", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Null((await AccessHelpers.AccountAsync(kit, name)).TotpSecret);
    }

    [Fact]
    public async Task TotpOff_WithPassword_SwitchesOffAndAudits()
    {
        await using var kit = await AdminKit.StartAsync();
        var (name, password) = await kit.CreateAccountAsync(AdminRole.Admin);
        var key = await AccessHelpers.EnableTotpAsync(kit, name);
        using var client = kit.AnonymousClient();
        await AccessHelpers.SignInWithCodeAsync(client, name, password, Totp.Code(key, DateTimeOffset.UtcNow));

        var wrong = await AdminKit.PostFormAsync(client, Page, Page + "?handler=TotpOff", new Dictionary<string, string> { ["currentPassword"] = "not-it-at-all" });
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.NotNull((await AccessHelpers.AccountAsync(kit, name)).TotpSecret);

        var right = await AdminKit.PostFormAsync(client, Page, Page + "?handler=TotpOff", new Dictionary<string, string> { ["currentPassword"] = password });

        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        Assert.Null((await AccessHelpers.AccountAsync(kit, name)).TotpSecret);
        Assert.Single(await AccessHelpers.AuditAsync(kit, "account.totp.disable"));
    }

    [Fact]
    public async Task MyAccount_PostWithoutAntiforgeryToken_IsRefused()
    {
        await using var kit = await AdminKit.StartAsync();
        using var client = await kit.SignedInClientAsync(AdminRole.Admin);
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["currentPassword"] = "x" });

        var response = await client.PostAsync(new Uri(Page + "?handler=TotpOff", UriKind.Relative), form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [GeneratedRegex("<code class=\"totp-secret\">([A-Z2-7 ]+)</code>")]
    private static partial Regex SecretPattern();
}
