using System.Net;
using KimHotspot.Central.Operators;
using KimHotspot.Central.Tests.CentralFixture;
using Microsoft.EntityFrameworkCore;

namespace KimHotspot.Central.Tests.Operators;

public sealed class OperatorSignInTests
{
    [Fact]
    public async Task Login_RightPassword_RedirectsAndOpensPages()
    {
        await using var app = CentralApp.Create();
        var (user, password) = await OperatorKit.CreateOperatorAsync(app, "Viewer");
        using var client = OperatorKit.AnonymousClient(app);

        var response = await OperatorKit.SignInAsync(client, user, password);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("kim_central=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
        var page = await client.GetAsync(new Uri("/akun", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains(user, await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.NotNull(await app.WithDbAsync(db => db.Operators.Where(o => o.UserName == user).Select(o => o.LastLoginAt).SingleAsync()));
    }

    [Fact]
    public async Task Login_WrongPassword_Is401WithMessage()
    {
        await using var app = CentralApp.Create();
        var (user, _) = await OperatorKit.CreateOperatorAsync(app, "Admin");
        using var client = OperatorKit.AnonymousClient(app);

        var response = await OperatorKit.SignInAsync(client, user, "salah-sekali-123");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("Nama pengguna atau kata sandi salah.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync(new Uri("/akun", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Login_FiveWrongPasswords_LocksEvenTheRightOne()
    {
        await using var app = CentralApp.Create();
        var (user, password) = await OperatorKit.CreateOperatorAsync(app, "Operator");
        using var client = OperatorKit.AnonymousClient(app);
        for (var i = 0; i < OperatorSignIn.MaxFailures; i++)
        {
            await OperatorKit.SignInAsync(client, user, "salah-" + i);
        }

        var response = await OperatorKit.SignInAsync(client, user, password);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("Akun dikunci 15 menit", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.NotNull(await app.WithDbAsync(db => db.Operators.Where(o => o.UserName == user).Select(o => o.LockedUntil).SingleAsync()));
    }

    [Theory]
    [InlineData("/akun")]
    [InlineData("/admin/situs")]
    [InlineData("/admin/situs/baru")]
    [InlineData("/admin/operator")]
    public async Task Page_Anonymous_RedirectsToLogin(string path)
    {
        await using var app = CentralApp.Create();
        using var client = OperatorKit.AnonymousClient(app);

        var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith(OperatorsFeature.LoginPath + "?ReturnUrl=", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Viewer", "/admin/operator")]
    [InlineData("Viewer", "/admin/situs/baru")]
    [InlineData("Operator", "/admin/operator")]
    [InlineData("Operator", "/admin/situs/baru")]
    public async Task AdminPage_WithoutAdminRole_Is403(string role, string path)
    {
        await using var app = CentralApp.Create();
        using var client = await OperatorKit.SignedInClientAsync(app, role);

        var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("Akses ditolak", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/admin/situs", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Layout_Admin_SeesOperatorMenuAndEnglishOnRequest()
    {
        await using var app = CentralApp.Create();
        using var admin = await OperatorKit.SignedInClientAsync(app, "Admin");
        using var viewer = await OperatorKit.SignedInClientAsync(app, "Viewer");

        var adminPage = await admin.GetStringAsync(new Uri("/admin/situs", UriKind.Relative));
        var viewerPage = await viewer.GetStringAsync(new Uri("/admin/situs", UriKind.Relative));
        var english = await viewer.GetStringAsync(new Uri("/admin/situs?lang=en", UriKind.Relative));

        Assert.Contains("KimHotspot Central — Diskominfo", viewerPage, StringComparison.Ordinal);
        Assert.Contains("href=\"/admin/operator\"", adminPage, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/admin/operator\"", viewerPage, StringComparison.Ordinal);
        Assert.Contains("Peringatan", viewerPage, StringComparison.Ordinal);
        Assert.Contains("Alerts", english, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Logout_EndsTheSession()
    {
        await using var app = CentralApp.Create();
        using var client = await OperatorKit.SignedInClientAsync(app);

        var response = await OperatorKit.PostFormAsync(client, "/akun", OperatorsFeature.LogoutPath, new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync(new Uri("/akun", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task OwnPassword_Changed_OldStopsNewWorks()
    {
        await using var app = CentralApp.Create();
        var (user, password) = await OperatorKit.CreateOperatorAsync(app, "Viewer");
        using var client = OperatorKit.AnonymousClient(app);
        await OperatorKit.SignInAsync(client, user, password);
        const string next = "kata-sandi-baru-yang-panjang";

        var tooShort = await OperatorKit.PostFormAsync(client, "/akun", "/akun",
            new Dictionary<string, string> { ["current"] = password, ["next"] = "pendek", ["repeat"] = "pendek" });
        var changed = await OperatorKit.PostFormAsync(client, "/akun", "/akun",
            new Dictionary<string, string> { ["current"] = password, ["next"] = next, ["repeat"] = next });

        Assert.Equal(HttpStatusCode.BadRequest, tooShort.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/akun", UriKind.Relative))).StatusCode); // still signed in
        using var other = OperatorKit.AnonymousClient(app);
        Assert.Equal(HttpStatusCode.Unauthorized, (await OperatorKit.SignInAsync(other, user, password)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await OperatorKit.SignInAsync(other, user, next)).StatusCode);
    }
}
