using System.Net;
using KimHotspot.Portal.Features.Admin;
using KimHotspot.Portal.Features.Admin.Access;
using Microsoft.EntityFrameworkCore;

namespace KimHotspot.Portal.Tests.Admin;

public sealed class AdminSignInTests
{
    [Fact]
    public async Task AdminHome_Anonymous_RedirectsToSignIn()
    {
        await using var kit = await AdminKit.StartAsync();
        using var client = kit.AnonymousClient();

        var response = await client.GetAsync(new Uri("/admin", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/admin/masuk", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_RightPassword_OpensHomeWithMenuForRole()
    {
        await using var kit = await AdminKit.StartAsync();
        using var editor = await kit.SignedInClientAsync(AdminRole.Editor);
        using var admin = await kit.SignedInClientAsync(AdminRole.Admin);

        var editorHome = await editor.GetStringAsync(new Uri("/admin", UriKind.Relative));
        var adminHome = await admin.GetStringAsync(new Uri("/admin", UriKind.Relative));

        Assert.Contains("/admin/buletin", editorHome, StringComparison.Ordinal);
        Assert.DoesNotContain("/admin/anggota", editorHome, StringComparison.Ordinal);
        Assert.Contains("/admin/anggota", adminHome, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_WrongPassword_SaysSoWithoutSayingWhichPart()
    {
        await using var kit = await AdminKit.StartAsync();
        var (name, _) = await kit.CreateAccountAsync(AdminRole.Admin);
        using var client = kit.AnonymousClient();

        var wrongPassword = await AdminKit.SignInAsync(client, name, "not-the-password");
        var unknownName = await AdminKit.SignInAsync(client, "nobody-here", "not-the-password");

        Assert.Equal(HttpStatusCode.Unauthorized, wrongPassword.StatusCode);
        Assert.Contains("Nama pengguna atau kata sandi salah.", await wrongPassword.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("Nama pengguna atau kata sandi salah.", await unknownName.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_RepeatedFailures_LocksEvenTheRightPasswordOut()
    {
        await using var kit = await AdminKit.StartAsync();
        var (name, password) = await kit.CreateAccountAsync(AdminRole.Admin);
        using var client = kit.AnonymousClient();

        for (int i = 0; i < AdminSignIn.MaxFailures; i++)
        {
            await AdminKit.SignInAsync(client, name, "wrong-" + i);
        }

        var right = await AdminKit.SignInAsync(client, name, password);

        Assert.Equal(HttpStatusCode.Unauthorized, right.StatusCode);
        Assert.Contains("dikunci", await right.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var locked = await kit.WithDbAsync((db, _) => db.AdminAccounts.SingleAsync(a => a.Username == name));
        Assert.NotNull(locked.LockedUntil);
    }

    [Fact]
    public async Task SignIn_WithoutAntiforgeryToken_IsRefused()
    {
        await using var kit = await AdminKit.StartAsync();
        var (name, password) = await kit.CreateAccountAsync(AdminRole.Admin);
        using var client = kit.AnonymousClient();
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["username"] = name, ["password"] = password });

        var response = await client.PostAsync(new Uri("/admin/masuk", UriKind.Relative), form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(response.Headers.Contains("Set-Cookie") && response.Headers.GetValues("Set-Cookie").Any(c => c.StartsWith("kim_admin", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Session_AfterAccountDisabled_EndsAtOnce()
    {
        await using var kit = await AdminKit.StartAsync();
        using var client = await kit.SignedInClientAsync(AdminRole.Admin);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/admin", UriKind.Relative))).StatusCode);

        await kit.WithDbAsync(async (db, _) =>
        {
            await db.AdminAccounts.ExecuteUpdateAsync(s => s.SetProperty(a => a.DisabledAt, DateTimeOffset.UtcNow));
            return 0;
        });
        var after = await client.GetAsync(new Uri("/admin", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("/admin/masuk", after.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_ReturnUrlOutsideAdmin_GoesToAdminHome()
    {
        await using var kit = await AdminKit.StartAsync();
        var (name, password) = await kit.CreateAccountAsync(AdminRole.Admin);
        using var client = kit.AnonymousClient();

        var response = await AdminKit.PostFormAsync(client, "/admin/masuk", "/admin/masuk",
            new Dictionary<string, string> { ["username"] = name, ["password"] = password, ["returnUrl"] = "//evil.example/admin" });

        Assert.Equal("/admin", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task AdminOnlyMenuPages_Editor_IsDenied()
    {
        await using var kit = await AdminKit.StartAsync();
        using var editor = await kit.SignedInClientAsync(AdminRole.Editor);

        foreach (var href in AdminMenu.Items.Where(i => i.MinimumRole == AdminRole.Admin).Select(i => i.Href))
        {
            var response = await editor.GetAsync(new Uri(href, UriKind.Relative));
            Assert.True(
                response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.PathAndQuery.StartsWith("/admin/ditolak", StringComparison.Ordinal),
                href + " answered " + response.StatusCode);
        }
    }

    [Fact]
    public void AdminPages_OutsideAccessAndBulletins_AreAllInAdminOnlyFolders()
    {
        // A new folder of admin pages must be declared admin-only, or an editor could open it.
        var folders = typeof(AdminFeature).Assembly.GetTypes()
            .Where(t => typeof(Microsoft.AspNetCore.Mvc.RazorPages.PageModel).IsAssignableFrom(t) && t.Namespace is { } ns
                        && ns.StartsWith("KimHotspot.Portal.Features.Admin.", StringComparison.Ordinal))
            .Select(t => t.Namespace!["KimHotspot.Portal.Features.Admin.".Length..])
            .Where(folder => folder is not ("Access" or "Bulletins"))
            .Distinct()
            .ToList();

        Assert.NotEmpty(folders);
        Assert.All(folders, folder => Assert.Contains("/Admin/" + folder, AdminFeature.AdminOnlyFolders));
    }
}
