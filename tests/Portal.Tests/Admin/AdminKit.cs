using System.Net;
using System.Text.RegularExpressions;
using KimHotspot.Portal.Data;
using KimHotspot.Portal.Features.Admin.Access;
using KimHotspot.Portal.Tests.PortalFixture;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace KimHotspot.Portal.Tests.Admin;

/// <summary>
/// Admin-console test kit: a Portal with a simulated router, admin accounts written straight into its
/// database, and signed-in clients that post forms with the page's antiforgery token.
/// </summary>
internal sealed partial class AdminKit : IAsyncDisposable
{
    private AdminKit(PortalApp app) => App = app;

    public PortalApp App { get; }

    public static async Task<AdminKit> StartAsync(IDictionary<string, string?>? settings = null) =>
        new(await PortalApp.StartAsync(settings: settings));

    /// <summary>Runs <paramref name="work"/> with a fresh <see cref="PortalDb"/> of the app.</summary>
    public async Task<T> WithDbAsync<T>(Func<PortalDb, IServiceProvider, Task<T>> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        await using var scope = App.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<PortalDb>(), scope.ServiceProvider);
    }

    /// <summary>The device joins the simulated hotspot and the Portal holds a live login attempt for it; returns the attempt id.</summary>
    public async Task<string> JoinDeviceAsync(string mac, string ip)
    {
        App.Router.JoinDevice(mac, ip);
        string id = Guid.NewGuid().ToString("N");
        await WithDbAsync(async (db, _) =>
        {
            db.LoginAttempts.Add(new Features.Login.LoginAttempt
            {
                Id = id, MacAddress = mac, IpAddress = ip, CreatedAt = DateTimeOffset.UtcNow, ExpiresAt = DateTimeOffset.UtcNow.AddMinutes(30),
            });
            return await db.SaveChangesAsync();
        });
        return id;
    }

    /// <summary>Creates an account with a random password and returns (username, password).</summary>
    public Task<(string Username, string Password)> CreateAccountAsync(AdminRole role, string? username = null) =>
        WithDbAsync(async (db, services) =>
        {
            var name = username ?? role.ToString().ToLowerInvariant() + "-" + Guid.NewGuid().ToString("N")[..6];
            var password = AdminSecrets.NewPassword();
            var account = new AdminAccount
            {
                Username = name, DisplayName = name, Role = role, SecurityStamp = AdminSecrets.NewStamp(), CreatedAt = DateTimeOffset.UtcNow,
            };
            account.PasswordHash = services.GetRequiredService<IPasswordHasher<AdminAccount>>().HashPassword(account, password);
            db.AdminAccounts.Add(account);
            await db.SaveChangesAsync();
            return (name, password);
        });

    /// <summary>A client (cookies kept, redirects not followed) with no one signed in.</summary>
    public HttpClient AnonymousClient() =>
        App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>A new account of <paramref name="role"/>, signed in through <c>/admin/masuk</c>.</summary>
    public async Task<HttpClient> SignedInClientAsync(AdminRole role)
    {
        var (name, password) = await CreateAccountAsync(role);
        var client = AnonymousClient();
        var response = await SignInAsync(client, name, password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    public static Task<HttpResponseMessage> SignInAsync(HttpClient client, string username, string password) =>
        PostFormAsync(client, "/admin/masuk", "/admin/masuk", new Dictionary<string, string> { ["username"] = username, ["password"] = password });

    /// <summary>GETs <paramref name="pageUrl"/>, then posts <paramref name="fields"/> to <paramref name="postUrl"/> with its antiforgery token.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string pageUrl, string postUrl, IDictionary<string, string> fields)
    {
        ArgumentNullException.ThrowIfNull(client);
        var page = await (await client.GetAsync(new Uri(pageUrl, UriKind.Relative))).Content.ReadAsStringAsync();
        var all = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = Token(page, pageUrl) };
        using var content = new FormUrlEncodedContent(all);
        return await client.PostAsync(new Uri(postUrl, UriKind.Relative), content);
    }

    /// <summary>Posts multipart form data (file uploads) with the antiforgery token of <paramref name="pageUrl"/>.</summary>
    public static async Task<HttpResponseMessage> PostMultipartAsync(
        HttpClient client, string pageUrl, string postUrl, IDictionary<string, string> fields, string fileField, string fileName, byte[] file, string contentType)
    {
        ArgumentNullException.ThrowIfNull(client);
        var page = await (await client.GetAsync(new Uri(pageUrl, UriKind.Relative))).Content.ReadAsStringAsync();
        using var content = new MultipartFormDataContent();
        content.Add(new StringContent(Token(page, pageUrl)), "__RequestVerificationToken");
        foreach (var (key, value) in fields)
        {
            content.Add(new StringContent(value), key);
        }

        var bytes = new ByteArrayContent(file);
        bytes.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(contentType);
        content.Add(bytes, fileField, fileName);
        return await client.PostAsync(new Uri(postUrl, UriKind.Relative), content);
    }

    public static string Token(string page, string pageUrl)
    {
        var token = TokenPattern().Match(page);
        Assert.True(token.Success, "no antiforgery token on " + pageUrl);
        return WebUtility.HtmlDecode(token.Groups[1].Value);
    }

    public ValueTask DisposeAsync() => App.DisposeAsync();

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
