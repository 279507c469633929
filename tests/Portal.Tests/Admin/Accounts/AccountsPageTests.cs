using System.Net;
using System.Text.RegularExpressions;
using KimHotspot.Portal.Features.Admin.Access;
using KimHotspot.Portal.Tests.Admin.Access;
using Microsoft.EntityFrameworkCore;

namespace KimHotspot.Portal.Tests.Admin.Accounts;

public sealed partial class AccountsPageTests
{
    private const string List = "/admin/akun";

    [Theory]
    [InlineData("/admin/akun")]
    [InlineData("/admin/akun/1")]
    public async Task Accounts_Editor_IsDenied(string url)
    {
        await using var kit = await AdminKit.StartAsync();
        using var editor = await kit.SignedInClientAsync(AdminRole.Editor);

        var response = await editor.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/admin/ditolak", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Accounts_Anonymous_RedirectsToSignIn()
    {
        await using var kit = await AdminKit.StartAsync();
        using var client = kit.AnonymousClient();

        var response = await client.GetAsync(new Uri(List, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/admin/masuk", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Accounts_Admin_ListsAccountsWithState()
    {
        await using var kit = await AdminKit.StartAsync();
        using var admin = await kit.SignedInClientAsync(AdminRole.Admin);
        var (editor, _) = await kit.CreateAccountAsync(AdminRole.Editor);
        await kit.WithDbAsync((db, _) => db.AdminAccounts.Where(a => a.Username == editor)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.LockedUntil, DateTimeOffset.UtcNow.AddMinutes(5)).SetProperty(a => a.TotpSecret, "x")));

        var html = await admin.GetStringAsync(new Uri(List, UriKind.Relative));

        Assert.Contains(editor, html, StringComparison.Ordinal);
        Assert.Contains("Editor KIM", html, StringComparison.Ordinal);
        Assert.Contains("Terkunci", html, StringComparison.Ordinal);
        Assert.Contains(">TOTP<", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_Editor_ShowsPasswordOnceThatSignsIn()
    {
        await using var kit = await AdminKit.StartAsync();
        using var admin = await kit.SignedInClientAsync(AdminRole.Admin);

        var response = await AdminKit.PostFormAsync(admin, List, List + "?handler=Create",
            new Dictionary<string, string> { ["username"] = "Wartawan", ["displayName"] = "Mas Wartawan", ["role"] = "Editor" });
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var password = ShownPassword().Match(html).Groups[1].Value;
        Assert.NotEmpty(password);
        Assert.DoesNotContain(password, await admin.GetStringAsync(new Uri(List, UriKind.Relative)), StringComparison.Ordinal);
        using var client = kit.AnonymousClient();
        Assert.Equal(HttpStatusCode.Redirect, (await AdminKit.SignInAsync(client, "wartawan", password)).StatusCode);
        var account = await AccessHelpers.AccountAsync(kit, "wartawan");
        Assert.Equal(AdminRole.Editor, account.Role);
        var audit = Assert.Single(await AccessHelpers.AuditAsync(kit, "account.create"));
        Assert.StartsWith("admin-", audit.Actor, StringComparison.Ordinal);
        Assert.DoesNotContain(password, audit.After!, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("a", "Nama", "Nama pengguna 3–32")]
    [InlineData("budi", "", "Isi nama tampilan")]
    public async Task Create_BadInput_SaysWhyNextToTheField(string username, string displayName, string message)
    {
        await using var kit = await AdminKit.StartAsync();
        using var admin = await kit.SignedInClientAsync(AdminRole.Admin);

        var response = await AdminKit.PostFormAsync(admin, List, List + "?handler=Create",
            new Dictionary<string, string> { ["username"] = username, ["displayName"] = displayName, ["role"] = "Editor" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Empty(await AccessHelpers.AuditAsync(kit, "account.create"));
    }

    [Fact]
    public async Task Create_TakenUsername_IsRefused()
    {
        await using var kit = await AdminKit.StartAsync();
        using var admin = await kit.SignedInClientAsync(AdminRole.Admin);
        var (editor, _) = await kit.CreateAccountAsync(AdminRole.Editor);

        var response = await AdminKit.PostFormAsync(admin, List, List + "?handler=Create",
            new Dictionary<string, string> { ["username"] = editor, ["displayName"] = "Lagi", ["role"] = "Admin" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("sudah dipakai", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Accounts_PostWithoutAntiforgeryToken_IsRefused()
    {
        await using var kit = await AdminKit.StartAsync();
        using var admin = await kit.SignedInClientAsync(AdminRole.Admin);
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["username"] = "budi", ["displayName"] = "Budi", ["role"] = "Admin" });

        var response = await admin.PostAsync(new Uri(List + "?handler=Create", UriKind.Relative), form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(await kit.WithDbAsync((db, _) => db.AdminAccounts.AnyAsync(a => a.Username == "budi")));
    }

    [GeneratedRegex("<span class=\"shown-once\">([^<]+)</span>")]
    internal static partial Regex ShownPassword();
}
