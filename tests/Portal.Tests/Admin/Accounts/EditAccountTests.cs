using System.Net;
using KimHotspot.Portal.Features.Admin.Access;
using KimHotspot.Portal.Tests.Admin.Access;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KimHotspot.Portal.Tests.Admin.Accounts;

public sealed class EditAccountTests
{
    [Fact]
    public async Task ChangeRole_PromotesAndEndsTheirSessions()
    {
        await using var kit = await AdminKit.StartAsync();
        using var admin = await kit.SignedInClientAsync(AdminRole.Admin);
        var (name, password) = await kit.CreateAccountAsync(AdminRole.Editor);
        using var theirs = kit.AnonymousClient();
        await AdminKit.SignInAsync(theirs, name, password);
        var id = await IdAsync(kit, name);

        var response = await PostAsync(admin, id, "Role", new() { ["role"] = "Admin" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(AdminRole.Admin, (await AccessHelpers.AccountAsync(kit, name)).Role);
        Assert.Equal(HttpStatusCode.Redirect, (await theirs.GetAsync(new Uri("/admin", UriKind.Relative))).StatusCode);
        var audit = Assert.Single(await AccessHelpers.AuditAsync(kit, "account.role"));
        Assert.Contains("\"Role\":\"Editor\"", audit.Before!, StringComparison.Ordinal);
        Assert.Contains("\"Role\":\"Admin\"", audit.After!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DisableAndEnable_NeedConfirmationAndAreAudited()
    {
        await using var kit = await AdminKit.StartAsync();
        using var admin = await kit.SignedInClientAsync(AdminRole.Admin);
        var (name, password) = await kit.CreateAccountAsync(AdminRole.Editor);
        var id = await IdAsync(kit, name);

        var unconfirmed = await PostAsync(admin, id, "Disable", []);
        Assert.Equal(HttpStatusCode.BadRequest, unconfirmed.StatusCode);
        Assert.Null((await AccessHelpers.AccountAsync(kit, name)).DisabledAt);

        var disabled = await PostAsync(admin, id, "Disable", new() { ["confirm"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, disabled.StatusCode);
        Assert.NotNull((await AccessHelpers.AccountAsync(kit, name)).DisabledAt);
        using var client = kit.AnonymousClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await AdminKit.SignInAsync(client, name, password)).StatusCode);

        var enabled = await PostAsync(admin, id, "Enable", []);
        Assert.Equal(HttpStatusCode.Redirect, enabled.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await AdminKit.SignInAsync(client, name, password)).StatusCode);
        Assert.Single(await AccessHelpers.AuditAsync(kit, "account.disable"));
        Assert.Single(await AccessHelpers.AuditAsync(kit, "account.enable"));
    }

    [Fact]
    public async Task ResetPassword_ShowsNewPasswordOnceAndOldStopsWorking()
    {
        await using var kit = await AdminKit.StartAsync();
        using var admin = await kit.SignedInClientAsync(AdminRole.Admin);
        var (name, old) = await kit.CreateAccountAsync(AdminRole.Editor);
        var id = await IdAsync(kit, name);

        var response = await PostAsync(admin, id, "ResetPassword", new() { ["confirm"] = "true" });
        var password = AccountsPageTests.ShownPassword().Match(await response.Content.ReadAsStringAsync()).Groups[1].Value;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("no-store", response.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
        using var client = kit.AnonymousClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await AdminKit.SignInAsync(client, name, old)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await AdminKit.SignInAsync(client, name, password)).StatusCode);
        var audit = Assert.Single(await AccessHelpers.AuditAsync(kit, "account.password.reset"));
        Assert.DoesNotContain(password, audit.After!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unlock_LockedAccount_CanSignInAgain()
    {
        await using var kit = await AdminKit.StartAsync();
        using var admin = await kit.SignedInClientAsync(AdminRole.Admin);
        var (name, password) = await kit.CreateAccountAsync(AdminRole.Editor);
        using var client = kit.AnonymousClient();
        for (var i = 0; i < AdminSignIn.MaxFailures; i++)
        {
            await AdminKit.SignInAsync(client, name, "wrong-" + i);
        }

        var response = await PostAsync(admin, await IdAsync(kit, name), "Unlock", []);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await AdminKit.SignInAsync(client, name, password)).StatusCode);
        var audit = Assert.Single(await AccessHelpers.AuditAsync(kit, "account.unlock"));
        Assert.Contains("\"Locked\":true", audit.Before!, StringComparison.Ordinal);
        Assert.Contains("\"Locked\":false", audit.After!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TotpOff_LostPhone_SignsInWithPasswordOnly()
    {
        await using var kit = await AdminKit.StartAsync();
        using var admin = await kit.SignedInClientAsync(AdminRole.Admin);
        var (name, password) = await kit.CreateAccountAsync(AdminRole.Editor);
        await AccessHelpers.EnableTotpAsync(kit, name);

        var response = await PostAsync(admin, await IdAsync(kit, name), "TotpOff", new() { ["confirm"] = "true" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Null((await AccessHelpers.AccountAsync(kit, name)).TotpSecret);
        using var client = kit.AnonymousClient();
        Assert.Equal(HttpStatusCode.Redirect, (await AdminKit.SignInAsync(client, name, password)).StatusCode);
        Assert.Single(await AccessHelpers.AuditAsync(kit, "account.totp.disable"));
    }

    [Theory]
    [InlineData("Disable")]
    [InlineData("Role")]
    public async Task Self_CannotDisableOrDemote(string handler)
    {
        await using var kit = await AdminKit.StartAsync();
        await kit.CreateAccountAsync(AdminRole.Admin, "admin-lain");
        var (me, password) = await kit.CreateAccountAsync(AdminRole.Admin, "saya");
        using var admin = kit.AnonymousClient();
        await AdminKit.SignInAsync(admin, me, password);

        var response = await PostAsync(admin, await IdAsync(kit, me), handler, new() { ["confirm"] = "true", ["role"] = "Editor" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("akun Anda sendiri", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var account = await AccessHelpers.AccountAsync(kit, me);
        Assert.Equal(AdminRole.Admin, account.Role);
        Assert.Null(account.DisabledAt);
        Assert.Empty(await AccessHelpers.AuditAsync(kit, "account.disable"));
        Assert.Empty(await AccessHelpers.AuditAsync(kit, "account.role"));
    }

    [Fact]
    public async Task LastActiveAdmin_CannotBeDisabledOrDemoted()
    {
        await using var kit = await AdminKit.StartAsync();
        var (only, _) = await kit.CreateAccountAsync(AdminRole.Admin);
        await kit.CreateAccountAsync(AdminRole.Editor);

        var (disable, demote) = await kit.WithDbAsync(async (db, services) =>
        {
            var store = services.GetRequiredService<AdminAccountStore>();
            var account = await db.AdminAccounts.SingleAsync(a => a.Username == only);
            return (await store.SetDisabledAsync(account, true, null, "system", default), await store.SetRoleAsync(account, AdminRole.Editor, null, "system", default));
        });

        Assert.Equal(AccountProblem.LastAdmin, disable);
        Assert.Equal(AccountProblem.LastAdmin, demote);
        var after = await AccessHelpers.AccountAsync(kit, only);
        Assert.Equal(AdminRole.Admin, after.Role);
        Assert.Null(after.DisabledAt);
    }

    [Fact]
    public async Task OtherAdmin_WithAnotherActiveAdminLeft_CanBeDemoted()
    {
        await using var kit = await AdminKit.StartAsync();
        using var admin = await kit.SignedInClientAsync(AdminRole.Admin);
        var (other, _) = await kit.CreateAccountAsync(AdminRole.Admin);

        var response = await PostAsync(admin, await IdAsync(kit, other), "Role", new() { ["role"] = "Editor" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(AdminRole.Editor, (await AccessHelpers.AccountAsync(kit, other)).Role);
    }

    [Fact]
    public async Task Edit_UnknownAccount_IsNotFound()
    {
        await using var kit = await AdminKit.StartAsync();
        using var admin = await kit.SignedInClientAsync(AdminRole.Admin);

        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync(new Uri("/admin/akun/9999", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Edit_PostWithoutAntiforgeryToken_IsRefused()
    {
        await using var kit = await AdminKit.StartAsync();
        using var admin = await kit.SignedInClientAsync(AdminRole.Admin);
        var (name, _) = await kit.CreateAccountAsync(AdminRole.Editor);
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["confirm"] = "true" });

        var response = await admin.PostAsync(new Uri($"/admin/akun/{await IdAsync(kit, name)}?handler=Disable", UriKind.Relative), form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null((await AccessHelpers.AccountAsync(kit, name)).DisabledAt);
    }

    private static Task<int> IdAsync(AdminKit kit, string username) =>
        kit.WithDbAsync((db, _) => db.AdminAccounts.Where(a => a.Username == username).Select(a => a.Id).SingleAsync());

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, int id, string handler, Dictionary<string, string> fields) =>
        AdminKit.PostFormAsync(client, $"/admin/akun/{id}", $"/admin/akun/{id}?handler={handler}", fields);
}
