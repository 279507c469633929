using System.Net;
using System.Text.RegularExpressions;
using KimHotspot.Portal.Features.Admin.Access;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KimHotspot.Portal.Tests.Admin.Access;

/// <summary>Small helpers for the access tests: hidden fields, TOTP switched on in the database, the two-step sign-in.</summary>
internal static partial class AccessHelpers
{
    /// <summary>The value of the hidden (or other) input named <paramref name="name"/> in <paramref name="html"/>.</summary>
    public static string Field(string html, string name)
    {
        var match = Regex.Match(html, "name=\"" + Regex.Escape(name) + "\"[^>]*value=\"([^\"]*)\"");
        Assert.True(match.Success, "no field " + name);
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    /// <summary>Turns TOTP on for <paramref name="username"/> straight in the database; returns the secret.</summary>
    public static Task<byte[]> EnableTotpAsync(AdminKit kit, string username) =>
        kit.WithDbAsync(async (db, services) =>
        {
            var key = Totp.NewSecret();
            var account = await db.AdminAccounts.SingleAsync(a => a.Username == username);
            account.TotpSecret = services.GetRequiredService<AdminProtector>().ProtectSecret(key);
            await db.SaveChangesAsync();
            return key;
        });

    /// <summary>Posts the password, then <paramref name="code"/> with the ticket the password step handed over.</summary>
    public static async Task<(HttpResponseMessage Password, HttpResponseMessage? Code)> SignInWithCodeAsync(
        HttpClient client, string username, string password, string code)
    {
        var first = await AdminKit.SignInAsync(client, username, password);
        var html = await first.Content.ReadAsStringAsync();
        if (first.StatusCode != HttpStatusCode.OK || !html.Contains("name=\"ticket\"", StringComparison.Ordinal))
        {
            return (first, null);
        }

        var second = await PostCodeAsync(client, html, code);
        return (first, second);
    }

    /// <summary>Posts the code form found in <paramref name="html"/> (a page showing it) with <paramref name="code"/>.</summary>
    public static async Task<HttpResponseMessage> PostCodeAsync(HttpClient client, string html, string code)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = AdminKit.Token(html, "code form"),
            ["ticket"] = Field(html, "ticket"),
            ["returnUrl"] = Field(html, "returnUrl"),
            ["code"] = code,
        });
        return await client.PostAsync(new Uri("/admin/masuk/kode", UriKind.Relative), form);
    }

    /// <summary>A six-digit code that is not the right one now (nor one step either side).</summary>
    public static string WrongCode(byte[] key)
    {
        var now = DateTimeOffset.UtcNow;
        var right = new[] { -1, 0, 1 }.Select(o => Totp.Code(key, now.AddSeconds(o * Totp.StepSeconds))).ToHashSet();
        return Enumerable.Range(0, 10).Select(d => new string((char)('0' + d), 6)).First(c => !right.Contains(c));
    }

    public static Task<AdminAccount> AccountAsync(AdminKit kit, string username) =>
        kit.WithDbAsync((db, _) => db.AdminAccounts.AsNoTracking().SingleAsync(a => a.Username == username));

    public static Task<List<Features.Admin.Audit.AuditEntry>> AuditAsync(AdminKit kit, string action) =>
        kit.WithDbAsync((db, _) => db.AuditEntries.AsNoTracking().Where(e => e.Action == action).ToListAsync());
}
