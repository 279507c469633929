using System.Net;
using KimHotspot.Portal.Features.Admin.Access;

namespace KimHotspot.Portal.Tests.Admin.Access;

public sealed class TotpSignInTests
{
    [Fact]
    public async Task SignIn_RightPasswordWithTotp_AsksForCodeWithoutSigningIn()
    {
        await using var kit = await AdminKit.StartAsync();
        var (name, password) = await kit.CreateAccountAsync(AdminRole.Admin);
        await AccessHelpers.EnableTotpAsync(kit, name);
        using var client = kit.AnonymousClient();

        var response = await AdminKit.SignInAsync(client, name, password);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("action=\"/admin/masuk/kode\"", html, StringComparison.Ordinal);
        Assert.NotEmpty(AccessHelpers.Field(html, "ticket"));
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync(new Uri("/admin", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task SignIn_RightCode_SignsIn()
    {
        await using var kit = await AdminKit.StartAsync();
        var (name, password) = await kit.CreateAccountAsync(AdminRole.Admin);
        var key = await AccessHelpers.EnableTotpAsync(kit, name);
        using var client = kit.AnonymousClient();

        var (_, code) = await AccessHelpers.SignInWithCodeAsync(client, name, password, Totp.Code(key, DateTimeOffset.UtcNow));

        Assert.Equal(HttpStatusCode.Redirect, code!.StatusCode);
        Assert.Equal("/admin", code.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/admin", UriKind.Relative))).StatusCode);
        Assert.True((await AccessHelpers.AccountAsync(kit, name)).TotpLastStep > 0);
    }

    [Fact]
    public async Task SignIn_WrongCode_IsRefusedAndFormKeepsTicket()
    {
        await using var kit = await AdminKit.StartAsync();
        var (name, password) = await kit.CreateAccountAsync(AdminRole.Admin);
        var key = await AccessHelpers.EnableTotpAsync(kit, name);
        using var client = kit.AnonymousClient();

        var (_, code) = await AccessHelpers.SignInWithCodeAsync(client, name, password, AccessHelpers.WrongCode(key));
        var html = await code!.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Unauthorized, code.StatusCode);
        Assert.Contains("Kode salah", html, StringComparison.Ordinal);
        Assert.NotEmpty(AccessHelpers.Field(html, "ticket"));
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync(new Uri("/admin", UriKind.Relative))).StatusCode);
        Assert.Equal(1, (await AccessHelpers.AccountAsync(kit, name)).FailedLogins);

        var retry = await AccessHelpers.PostCodeAsync(client, html, Totp.Code(key, DateTimeOffset.UtcNow));
        Assert.Equal(HttpStatusCode.Redirect, retry.StatusCode);
    }

    [Fact]
    public async Task SignIn_ReusedCode_IsRefused()
    {
        await using var kit = await AdminKit.StartAsync();
        var (name, password) = await kit.CreateAccountAsync(AdminRole.Admin);
        var key = await AccessHelpers.EnableTotpAsync(kit, name);
        using var first = kit.AnonymousClient();
        using var second = kit.AnonymousClient();
        var now = DateTimeOffset.UtcNow;
        // The code of the step after this one is valid now too; using it leaves no earlier step usable either.
        var code = Totp.Code(key, now.AddSeconds(Totp.StepSeconds));

        var (_, used) = await AccessHelpers.SignInWithCodeAsync(first, name, password, code);
        var (_, again) = await AccessHelpers.SignInWithCodeAsync(second, name, password, code);

        Assert.Equal(HttpStatusCode.Redirect, used!.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, again!.StatusCode);
    }

    [Fact]
    public async Task SignIn_RepeatedWrongCodes_LockTheAccount()
    {
        await using var kit = await AdminKit.StartAsync();
        var (name, password) = await kit.CreateAccountAsync(AdminRole.Admin);
        var key = await AccessHelpers.EnableTotpAsync(kit, name);
        using var client = kit.AnonymousClient();
        var html = await (await AdminKit.SignInAsync(client, name, password)).Content.ReadAsStringAsync();

        HttpResponseMessage last = null!;
        for (var i = 0; i < AdminSignIn.MaxFailures; i++)
        {
            last = await AccessHelpers.PostCodeAsync(client, html, AccessHelpers.WrongCode(key));
        }

        Assert.Contains("dikunci", await last.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.NotNull((await AccessHelpers.AccountAsync(kit, name)).LockedUntil);
        var right = await AccessHelpers.PostCodeAsync(client, html, Totp.Code(key, DateTimeOffset.UtcNow));
        Assert.Equal(HttpStatusCode.Unauthorized, right.StatusCode);
    }

    [Fact]
    public async Task Code_ForgedTicket_SaysStartAgain()
    {
        await using var kit = await AdminKit.StartAsync();
        var (name, password) = await kit.CreateAccountAsync(AdminRole.Admin);
        var key = await AccessHelpers.EnableTotpAsync(kit, name);
        using var client = kit.AnonymousClient();
        var html = await (await AdminKit.SignInAsync(client, name, password)).Content.ReadAsStringAsync();
        var forged = html.Replace(AccessHelpers.Field(html, "ticket"), "CfDJ8-not-a-ticket", StringComparison.Ordinal);

        var response = await AccessHelpers.PostCodeAsync(client, forged, Totp.Code(key, DateTimeOffset.UtcNow));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("masuk lagi", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Code_TicketAfterPasswordChanged_IsRefused()
    {
        await using var kit = await AdminKit.StartAsync();
        var (name, password) = await kit.CreateAccountAsync(AdminRole.Admin);
        var key = await AccessHelpers.EnableTotpAsync(kit, name);
        using var client = kit.AnonymousClient();
        var html = await (await AdminKit.SignInAsync(client, name, password)).Content.ReadAsStringAsync();
        await kit.WithDbAsync(async (db, _) =>
        {
            var account = db.AdminAccounts.Single(a => a.Username == name);
            account.SecurityStamp = AdminSecrets.NewStamp();
            return await db.SaveChangesAsync();
        });

        var response = await AccessHelpers.PostCodeAsync(client, html, Totp.Code(key, DateTimeOffset.UtcNow));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Code_Get_GoesBackToSignIn()
    {
        await using var kit = await AdminKit.StartAsync();
        using var client = kit.AnonymousClient();

        var response = await client.GetAsync(new Uri("/admin/masuk/kode", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/admin/masuk", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Code_PostWithoutAntiforgeryToken_IsRefused()
    {
        await using var kit = await AdminKit.StartAsync();
        var (name, password) = await kit.CreateAccountAsync(AdminRole.Admin);
        var key = await AccessHelpers.EnableTotpAsync(kit, name);
        using var client = kit.AnonymousClient();
        var html = await (await AdminKit.SignInAsync(client, name, password)).Content.ReadAsStringAsync();
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["ticket"] = AccessHelpers.Field(html, "ticket"), ["code"] = Totp.Code(key, DateTimeOffset.UtcNow),
        });

        var response = await client.PostAsync(new Uri("/admin/masuk/kode", UriKind.Relative), form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
