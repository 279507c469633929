using System.Net;
using KimHotspot.Central.Tests.CentralFixture;

namespace KimHotspot.Central.Tests.Proxy;

/// <summary>The gateway against a real test Portal on loopback: forwarding, headers, who may pass, rewrites.</summary>
public sealed class GatewayForwardingTests
{
    private const string SiteId = "71.74.02.2005";

    [Fact]
    public async Task Forward_SignedInOperator_GetsPortalPageWithPrefixRemoved()
    {
        await using var portal = await TestPortal.StartAsync();
        await using var app = CentralApp.Create(GatewayKit.FastHealth());
        await GatewayKit.AddPortalSiteAsync(app, SiteId, portal.Url);
        using var client = await OperatorKit.SignedInClientAsync(app, "Operator");

        using var response = await client.GetAsync(new Uri($"/sites/{SiteId}/portal/admin/voucher?page=2", UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("path=/admin/voucher?page=2\n", body, StringComparison.Ordinal);
        Assert.Contains($"prefix=/sites/{SiteId}/portal\n", body, StringComparison.Ordinal);
        Assert.Contains("host=localhost\n", body, StringComparison.Ordinal);
        Assert.Contains("proto=http\n", body, StringComparison.Ordinal);
        Assert.DoesNotContain("kim_central", body, StringComparison.Ordinal); // Central's session never reaches a village
    }

    [Fact]
    public async Task Forward_Admin_GetsPortalRoot()
    {
        await using var portal = await TestPortal.StartAsync();
        await using var app = CentralApp.Create(GatewayKit.FastHealth());
        await GatewayKit.AddPortalSiteAsync(app, SiteId, portal.Url);
        using var client = await OperatorKit.SignedInClientAsync(app, "Admin");

        var body = await client.GetStringAsync(new Uri($"/sites/{SiteId}/portal/", UriKind.Relative));

        Assert.Contains("path=/\n", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Forward_Anonymous_RedirectsToLogin()
    {
        await using var portal = await TestPortal.StartAsync();
        await using var app = CentralApp.Create(GatewayKit.FastHealth());
        await GatewayKit.AddPortalSiteAsync(app, SiteId, portal.Url);
        using var client = OperatorKit.AnonymousClient(app);

        using var response = await client.GetAsync(new Uri($"/sites/{SiteId}/portal/admin", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/masuk", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Forward_Viewer_IsForbidden()
    {
        await using var portal = await TestPortal.StartAsync();
        await using var app = CentralApp.Create(GatewayKit.FastHealth());
        await GatewayKit.AddPortalSiteAsync(app, SiteId, portal.Url);
        using var client = await OperatorKit.SignedInClientAsync(app, "Viewer");

        using var response = await client.GetAsync(new Uri($"/sites/{SiteId}/portal/admin", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.DoesNotContain("path=", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Forward_PortalRedirectAndCookie_StayUnderSitePrefix()
    {
        await using var portal = await TestPortal.StartAsync();
        await using var app = CentralApp.Create(GatewayKit.FastHealth());
        await GatewayKit.AddPortalSiteAsync(app, SiteId, portal.Url);
        using var client = await OperatorKit.SignedInClientAsync(app, "Operator");

        using var response = await client.GetAsync(new Uri($"/sites/{SiteId}/portal/redirect", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/sites/{SiteId}/portal/admin/masuk", response.Headers.Location!.OriginalString);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("kim_admin=", StringComparison.Ordinal));
        Assert.Contains($"path=/sites/{SiteId}/portal/", cookie, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Forward_PrefixWithoutSlash_RedirectsToSlash()
    {
        await using var portal = await TestPortal.StartAsync();
        await using var app = CentralApp.Create(GatewayKit.FastHealth());
        await GatewayKit.AddPortalSiteAsync(app, SiteId, portal.Url);
        using var client = await OperatorKit.SignedInClientAsync(app, "Operator");

        using var response = await client.GetAsync(new Uri($"/sites/{SiteId}/portal", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/sites/{SiteId}/portal/", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Forward_UnknownSite_NotFound()
    {
        await using var app = CentralApp.Create(GatewayKit.FastHealth());
        using var client = await OperatorKit.SignedInClientAsync(app, "Operator");

        using var response = await client.GetAsync(new Uri("/sites/71.74.09.9999/portal/admin", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
