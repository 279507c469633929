using System.Net;
using KimHotspot.Portal.Features.Admin.Access;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KimHotspot.Portal.Tests.Admin.Access;

public sealed class SetupCodeTests
{
    private const string Page = "/admin/siapkan";

    [Fact]
    public async Task Setup_RightCode_CreatesFirstAdminSignsInAndAudits()
    {
        await using var kit = await AdminKit.StartAsync();
        var code = Code(kit);
        using var client = kit.AnonymousClient();

        var response = await AdminKit.PostFormAsync(client, Page, Page, Form(code.ToLowerInvariant()));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/admin", response.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/admin/akun", UriKind.Relative))).StatusCode);
        var account = await AccessHelpers.AccountAsync(kit, "kades");
        Assert.Equal(AdminRole.Admin, account.Role);
        Assert.Equal("Pak Kades", account.DisplayName);
        var audit = Assert.Single(await AccessHelpers.AuditAsync(kit, "account.setup"));
        Assert.Equal("account:kades", audit.Target);
        Assert.DoesNotContain("tanah-air-beta", audit.After!, StringComparison.Ordinal);
        Assert.Null(Setup(kit).Current); // used up
    }

    [Fact]
    public async Task Setup_OnceAnAccountExists_IsNotFound()
    {
        await using var kit = await AdminKit.StartAsync();
        var code = Code(kit);
        await kit.CreateAccountAsync(AdminRole.Editor);
        using var client = kit.AnonymousClient();

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri(Page, UriKind.Relative))).StatusCode);
        using var admin = await kit.SignedInClientAsync(AdminRole.Admin);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync(new Uri(Page, UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await AdminKit.PostFormAsync(admin, "/admin/akun-saya", Page, Form(code))).StatusCode);
        Assert.Equal(2, await kit.WithDbAsync((db, _) => db.AdminAccounts.CountAsync()));
    }

    [Fact]
    public async Task Setup_WrongCode_IsRefusedAndCreatesNothing()
    {
        await using var kit = await AdminKit.StartAsync();
        _ = Code(kit);
        using var client = kit.AnonymousClient();

        var response = await AdminKit.PostFormAsync(client, Page, Page, Form("WRONG-CODE"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Kode penyiapan salah.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(await kit.WithDbAsync((db, _) => db.AdminAccounts.AnyAsync()));
    }

    [Fact]
    public async Task Setup_TooManyWrongCodes_BurnsTheCodeAndPrintsANewOne()
    {
        await using var kit = await AdminKit.StartAsync();
        var code = Code(kit);
        using var client = kit.AnonymousClient();

        for (var i = 0; i < AdminSetupCode.MaxWrong; i++)
        {
            await AdminKit.PostFormAsync(client, Page, Page, Form("WRONG-CODE"));
        }

        var renewed = Setup(kit).Current;
        Assert.NotNull(renewed);
        Assert.NotEqual(code, renewed);
        var old = await AdminKit.PostFormAsync(client, Page, Page, Form(code));
        Assert.Equal(HttpStatusCode.BadRequest, old.StatusCode);
        Assert.False(await kit.WithDbAsync((db, _) => db.AdminAccounts.AnyAsync()));
    }

    [Fact]
    public async Task Setup_PasswordsDiffer_SaysSoAndKeepsTheCode()
    {
        await using var kit = await AdminKit.StartAsync();
        var code = Code(kit);
        using var client = kit.AnonymousClient();
        var form = Form(code);
        form["repeatPassword"] = "something-else";

        var response = await AdminKit.PostFormAsync(client, Page, Page, form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Kedua kata sandi tidak sama.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(code, Setup(kit).Current);
    }

    [Fact]
    public async Task Setup_PostWithoutAntiforgeryToken_IsRefused()
    {
        await using var kit = await AdminKit.StartAsync();
        using var client = kit.AnonymousClient();
        using var form = new FormUrlEncodedContent(Form(Code(kit)));

        var response = await client.PostAsync(new Uri(Page, UriKind.Relative), form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(await kit.WithDbAsync((db, _) => db.AdminAccounts.AnyAsync()));
    }

    [Fact]
    public void SetupCode_Issued_UsesUnambiguousAlphabet()
    {
        var setup = new AdminSetupCode(TimeProvider.System, Microsoft.Extensions.Logging.Abstractions.NullLogger<AdminSetupCode>.Instance);

        setup.Issue();

        Assert.True(setup.Current!.Length >= 8);
        Assert.DoesNotContain(setup.Current, c => "01OIL".Contains(c, StringComparison.Ordinal));
        Assert.Equal(SetupCodeCheck.Ok, setup.Check(" " + setup.Current[..5].ToLowerInvariant() + "-" + setup.Current[5..]));
    }

    [Fact]
    public void SetupCode_AfterADay_IsExpiredAndReplaced()
    {
        var time = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(DateTimeOffset.UtcNow);
        var setup = new AdminSetupCode(time, Microsoft.Extensions.Logging.Abstractions.NullLogger<AdminSetupCode>.Instance);
        setup.Issue();
        var code = setup.Current;

        time.Advance(AdminSetupCode.Lifetime);

        Assert.Equal(SetupCodeCheck.Expired, setup.Check(code));
        Assert.NotEqual(code, setup.Current);
    }

    private static AdminSetupCode Setup(AdminKit kit) => kit.App.Services.GetRequiredService<AdminSetupCode>();

    /// <summary>The code printed at start (the kit's database has no account yet).</summary>
    private static string Code(AdminKit kit)
    {
        var code = Setup(kit).Current;
        Assert.NotNull(code);
        return code;
    }

    private static Dictionary<string, string> Form(string code) => new()
    {
        ["code"] = code, ["username"] = "Kades", ["displayName"] = "Pak Kades", ["password"] = "tanah-air-beta", ["repeatPassword"] = "tanah-air-beta",
    };
}
