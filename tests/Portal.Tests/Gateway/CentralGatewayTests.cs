using System.Net;
using KimHotspot.Central.Data;
using KimHotspot.Central.Operators;
using KimHotspot.Central.Proxy;
using KimHotspot.Central.Sites;
using KimHotspot.Portal.Features.Admin.Access;
using KimHotspot.Portal.Tests.CityBulletins;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace KimHotspot.Portal.Tests.Gateway;

/// <summary>End to end: an operator signed in to the real Central opens a village's KIM admin console through its gateway.</summary>
public sealed class CentralGatewayTests
{
    private const string SiteId = "71.74.02.2005";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Gateway_OperatorSignsInToKimAdminThroughCentral_EveryPageAndLinkStaysUnderPrefix()
    {
        await using var portal = await GatewayPortal.StartAsync();
        await using var central = new CentralHost();
        await AddPortalSiteAsync(central, portal.Url);
        using var client = central.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        await SignInOperatorAsync(central, client);
        var prefix = SitePaths.Prefix(SiteId);
        var crawler = new PrefixCrawler(client, prefix, forwardedHost: "localhost", throughGateway: true);
        var (name, password) = await portal.CreateAdminAsync(AdminRole.Admin);

        using var challenge = await crawler.SendAsync(HttpMethod.Get, "/admin");
        using var signIn = await crawler.PostFormAsync("/admin/masuk", "/admin/masuk",
            new Dictionary<string, string> { ["username"] = name, ["password"] = password, ["returnUrl"] = prefix + "/admin" });
        await crawler.CrawlAsync(["/admin"]);

        Assert.Equal(HttpStatusCode.Redirect, challenge.StatusCode);
        Assert.StartsWith("http://localhost" + prefix + "/admin/masuk", challenge.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal(prefix + "/admin", signIn.Headers.Location!.OriginalString);
        Assert.True(crawler.Problems.Count == 0, string.Join("\n", crawler.Problems));
        foreach (var page in new[] { "/admin", "/admin/buletin", "/admin/anggota", "/admin/paket", "/admin/voucher", "/admin/online", "/admin/pengaturan", "/admin/akun", "/admin/audit" })
        {
            Assert.Contains(page, crawler.Pages);
        }

        Assert.InRange(crawler.UrlsChecked, 100, int.MaxValue);
    }

    /// <summary>Registers the site with its Portal address and waits until the gateway routes it.</summary>
    private static async Task AddPortalSiteAsync(CentralHost central, string portalUrl)
    {
        await using (var scope = central.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CentralDb>();
            db.Sites.Add(new Site { Id = SiteId, Name = "Desa Uji", Kecamatan = "Kotamobagu Barat", PortalUrl = portalUrl, CreatedAt = DateTimeOffset.UtcNow });
            await db.SaveChangesAsync();
        }

        var config = central.Services.GetRequiredService<GatewayConfigProvider>();
        while (!config.Sites.Any(s => s.SiteId == SiteId))
        {
            var applied = config.NextApplyAsync();
            central.Services.GetRequiredService<RegistryChanges>().Notify();
            await applied.WaitAsync(Patience);
        }
    }

    /// <summary>A new operator (role Operator), signed in through Central's own login form.</summary>
    private static async Task SignInOperatorAsync(CentralHost central, HttpClient client)
    {
        var name = "operator-" + Guid.NewGuid().ToString("N")[..8];
        var password = OperatorSecrets.NewPassword();
        await using (var scope = central.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CentralDb>();
            var account = new Operator { UserName = name, Role = OperatorRole.Operator, SecurityStamp = OperatorSecrets.NewStamp(), CreatedAt = DateTimeOffset.UtcNow };
            account.PasswordHash = scope.ServiceProvider.GetRequiredService<IPasswordHasher<Operator>>().HashPassword(account, password);
            db.Operators.Add(account);
            await db.SaveChangesAsync();
        }

        var page = await client.GetStringAsync(new Uri(OperatorsFeature.LoginPath, UriKind.Relative));
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["username"] = name, ["password"] = password, ["__RequestVerificationToken"] = Admin.AdminKit.Token(page, OperatorsFeature.LoginPath),
        });
        using var response = await client.PostAsync(new Uri(OperatorsFeature.LoginPath, UriKind.Relative), form);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }
}
