using System.Net;
using System.Text.RegularExpressions;
using KimHotspot.Central.Operators;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace KimHotspot.Central.Tests.CentralFixture;

/// <summary>
/// Signed-in operators for tests: accounts written straight into Central's database, signed in through the real
/// login form (<c>/masuk</c>) with cookies kept. Also posts forms with their page's antiforgery token.
/// </summary>
internal static partial class OperatorKit
{
    /// <summary>Creates an operator of <paramref name="role"/> ("Viewer", "Operator" or "Admin") with a random name and password.</summary>
    public static async Task<(string User, string Password)> CreateOperatorAsync(CentralApp app, string role)
    {
        ArgumentNullException.ThrowIfNull(app);
        var parsed = Enum.Parse<OperatorRole>(role, ignoreCase: true);
        var name = parsed.ToString().ToLowerInvariant() + "-" + Guid.NewGuid().ToString("N")[..8];
        var password = OperatorSecrets.NewPassword();
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Data.CentralDb>();
        var account = new Operator { UserName = name, Role = parsed, SecurityStamp = OperatorSecrets.NewStamp(), CreatedAt = DateTimeOffset.UtcNow };
        account.PasswordHash = scope.ServiceProvider.GetRequiredService<IPasswordHasher<Operator>>().HashPassword(account, password);
        db.Operators.Add(account);
        await db.SaveChangesAsync();
        return (name, password);
    }

    /// <summary>A client (cookies kept, redirects not followed) signed in as a new operator of <paramref name="role"/>.</summary>
    public static async Task<HttpClient> SignedInClientAsync(CentralApp app, string role = "Viewer")
    {
        var (user, password) = await CreateOperatorAsync(app, role);
        var client = AnonymousClient(app);
        var response = await SignInAsync(client, user, password);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"sign-in of {user} answered {(int)response.StatusCode}");
        return client;
    }

    /// <summary>A client with cookies kept and redirects not followed, nobody signed in.</summary>
    public static HttpClient AnonymousClient(CentralApp app)
    {
        ArgumentNullException.ThrowIfNull(app);
        return app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
    }

    /// <summary>Posts the login form; a success answers 302 to the overview.</summary>
    public static Task<HttpResponseMessage> SignInAsync(HttpClient client, string user, string password) =>
        PostFormAsync(client, OperatorsFeature.LoginPath, OperatorsFeature.LoginPath,
            new Dictionary<string, string> { ["username"] = user, ["password"] = password });

    /// <summary>GETs <paramref name="pageUrl"/>, then posts <paramref name="fields"/> to <paramref name="postUrl"/> with the page's antiforgery token.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string pageUrl, string postUrl, IDictionary<string, string> fields)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var get = await client.GetAsync(new Uri(pageUrl, UriKind.Relative));
        var page = await get.Content.ReadAsStringAsync();
        var all = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = Token(page, pageUrl) };
        using var content = new FormUrlEncodedContent(all);
        return await client.PostAsync(new Uri(postUrl, UriKind.Relative), content);
    }

    /// <summary>The first antiforgery token in <paramref name="page"/>.</summary>
    public static string Token(string page, string pageUrl)
    {
        ArgumentNullException.ThrowIfNull(page);
        var token = TokenPattern().Match(page);
        Assert.True(token.Success, "no antiforgery token on " + pageUrl);
        return WebUtility.HtmlDecode(token.Groups[1].Value);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
