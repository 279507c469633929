using System.Net;
using KimHotspot.Portal.Features.Admin.Access;
using KimHotspot.Portal.Features.Bulletins;
using KimHotspot.Portal.Features.Members;
using KimHotspot.Portal.Tests.Admin;
using KimHotspot.Portal.Tests.Login;
using Microsoft.EntityFrameworkCore;

namespace KimHotspot.Portal.Tests.Gateway;

/// <summary>
/// A trusted gateway sends <c>X-Forwarded-Prefix</c>: every site-local link, form action, redirect and cookie path of the
/// admin console and of the resident pages stays under the prefix.
/// </summary>
public sealed class GatewayPrefixTests
{
    internal const string Prefix = "/sites/71.74.02.2005/portal";
    internal const string GatewayIp = "10.8.0.1";

    internal static Dictionary<string, string?> Trusting(string proxies = GatewayIp) => new() { ["Gateway:TrustedProxies:0"] = proxies };

    [Fact]
    public async Task Crawl_AdminConsoleThroughTrustedGateway_EveryLinkRedirectAndCookieUnderPrefix()
    {
        await using var kit = await AdminKit.StartAsync(Trusting("10.8.0.0/24"));
        await using var app = kit.App.WithClientIps();
        using var http = app.NoRedirectClient();
        http.DefaultRequestHeaders.Add("X-Test-Client-Ip", GatewayIp);
        var crawler = new PrefixCrawler(http, Prefix);
        await SeedAsync(kit);
        var (name, password) = await kit.CreateAccountAsync(AdminRole.Admin);

        using var challenge = await crawler.SendAsync(HttpMethod.Get, "/admin/online");
        using var signIn = await crawler.PostFormAsync(
            "/admin/masuk?ReturnUrl=" + Uri.EscapeDataString(Prefix + "/admin/online"), "/admin/masuk",
            new Dictionary<string, string> { ["username"] = name, ["password"] = password, ["returnUrl"] = Prefix + "/admin/online" });
        var tierId = await kit.WithDbAsync((db, _) => db.Tiers.OrderBy(t => t.Id).Select(t => t.Id).FirstAsync());
        using var batch = await crawler.PostFormAsync("/admin/voucher/baru", "/admin/voucher/baru", new Dictionary<string, string>
        {
            ["Name"] = "Pasar Minggu", ["Count"] = "3", ["TierId"] = tierId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Validity"] = "1h", ["CodeLength"] = "8",
        });
        await crawler.CrawlAsync(["/admin"]);

        Assert.Equal(HttpStatusCode.Redirect, challenge.StatusCode);
        Assert.StartsWith("http://central.test" + Prefix + "/admin/masuk?ReturnUrl=" + Uri.EscapeDataString(Prefix + "/admin/online"), challenge.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(Prefix + "/admin/online", signIn.Headers.Location!.OriginalString);
        Assert.StartsWith(Prefix + "/admin/voucher/", batch.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.True(crawler.Problems.Count == 0, string.Join("\n", crawler.Problems));
        foreach (var page in new[] { "/admin/buletin", "/admin/anggota", "/admin/paket", "/admin/voucher", "/admin/online", "/admin/pengaturan", "/admin/akun", "/admin/audit", "/admin/akun-saya" })
        {
            Assert.Contains(page, crawler.Pages);
        }

        Assert.Contains(crawler.Pages, p => p.StartsWith("/admin/anggota/", StringComparison.Ordinal));
        Assert.Contains(crawler.Pages, p => p.StartsWith("/admin/buletin/", StringComparison.Ordinal));
        Assert.Contains(crawler.Pages, p => p.StartsWith("/admin/voucher/", StringComparison.Ordinal) && p.EndsWith("/cetak", StringComparison.Ordinal));
        Assert.InRange(crawler.UrlsChecked, 300, int.MaxValue);
    }

    [Fact]
    public async Task Crawl_ResidentPagesThroughTrustedGateway_EveryLinkAndRedirectUnderPrefix()
    {
        await using var kit = await AdminKit.StartAsync(Trusting());
        await using var app = kit.App.WithClientIps();
        using var http = app.NoRedirectClient();
        http.DefaultRequestHeaders.Add("X-Test-Client-Ip", GatewayIp);
        var crawler = new PrefixCrawler(http, Prefix);
        await SeedAsync(kit);
        kit.App.Router.JoinDevice(EntryHelpers.Mac, EntryHelpers.Ip);

        using var capture = await crawler.SendAsync(HttpMethod.Get, "/hs" + EntryHelpers.Query(EntryHelpers.RouterQuery()));
        var location = capture.Headers.Location!.OriginalString;
        var id = Uri.UnescapeDataString(location[(Prefix + "/?a=").Length..]);
        var a = "?a=" + Uri.EscapeDataString(id);
        await crawler.CrawlAsync(["/" + a, "/pengumuman", "/daftar" + a, "/voucher" + a, "/masuk" + a, "/status" + a, "/coba" + a]);
        using var missing = await crawler.SendAsync(HttpMethod.Get, "/tidak-ada");
        crawler.CheckPage("/tidak-ada", await missing.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.Redirect, capture.StatusCode);
        Assert.StartsWith(Prefix + "/?a=", location, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.True(crawler.Problems.Count == 0, string.Join("\n", crawler.Problems));
        Assert.Contains("/" + a, crawler.Pages);
        Assert.Contains("/pengumuman", crawler.Pages);
        Assert.InRange(crawler.UrlsChecked, 10, int.MaxValue);
    }

    /// <summary>A member waiting, one active, a bulletin: so the lists show rows with links.</summary>
    internal static Task SeedAsync(AdminKit kit) => kit.WithDbAsync(async (db, _) =>
    {
        var tier = await db.Tiers.OrderBy(t => t.Id).FirstAsync();
        db.Members.Add(new Member { FullName = "Siti Aminah", Phone = "6281200000001", Status = MemberStatus.Pending, TierId = tier.Id, CreatedAt = DateTimeOffset.UtcNow });
        db.Members.Add(new Member { FullName = "Budi", Phone = "6281200000002", Status = MemberStatus.Active, TierId = tier.Id, RouterUser = "m-9", RouterSecret = "x", CreatedAt = DateTimeOffset.UtcNow });
        db.Bulletins.Add(new Bulletin { Title = "Kerja bakti", Body = "Minggu pagi", CreatedAt = DateTimeOffset.UtcNow, Author = "admin" });
        return await db.SaveChangesAsync();
    });
}
