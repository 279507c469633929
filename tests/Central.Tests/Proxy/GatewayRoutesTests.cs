using System.Net;
using KimHotspot.Central.Proxy;
using KimHotspot.Central.Tests.CentralFixture;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace KimHotspot.Central.Tests.Proxy;

/// <summary>Routes follow the registry while Central runs.</summary>
public sealed class GatewayRoutesTests
{
    [Fact]
    public async Task Refresh_SiteAddedWhileRunning_GetsRouteWithoutNotice()
    {
        await using var portal = await TestPortal.StartAsync();
        var settings = GatewayKit.FastHealth();
        settings["Gateway:RefreshInterval"] = "00:00:00.100";
        await using var app = CentralApp.Create(settings);
        using var client = await OperatorKit.SignedInClientAsync(app, "Operator");
        var uri = new Uri("/sites/71.74.03.2001/portal/beranda", UriKind.Relative);
        using (var before = await client.GetAsync(uri))
        {
            Assert.Equal(HttpStatusCode.NotFound, before.StatusCode);
        }

        var config = app.Services.GetRequiredService<GatewayConfigProvider>();
        var applied = config.NextApplyAsync();
        await app.WithDbAsync(db =>
        {
            db.Sites.Add(new Central.Sites.Site { Id = "71.74.03.2001", Name = "Motoboi Kecil", PortalUrl = portal.Url, CreatedAt = DateTimeOffset.UtcNow });
            return db.SaveChangesAsync();
        });
        for (var i = 0; i < 100 && !config.Sites.Any(s => s.SiteId == "71.74.03.2001"); i++)
        {
            await applied.WaitAsync(GatewayKit.Patience);
            applied = config.NextApplyAsync();
        }

        var body = await client.GetStringAsync(uri);
        Assert.Contains("path=/beranda", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Notify_SiteArchived_RouteRemoved()
    {
        await using var portal = await TestPortal.StartAsync();
        await using var app = CentralApp.Create(GatewayKit.FastHealth());
        await GatewayKit.AddPortalSiteAsync(app, "71.74.03.2002", portal.Url);
        using var client = await OperatorKit.SignedInClientAsync(app, "Operator");
        var uri = new Uri("/sites/71.74.03.2002/portal/", UriKind.Relative);
        using (var before = await client.GetAsync(uri))
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        }

        await app.WithDbAsync(db => db.Sites.Where(s => s.Id == "71.74.03.2002").ExecuteUpdateAsync(u => u.SetProperty(s => s.Archived, true)));
        var config = app.Services.GetRequiredService<GatewayConfigProvider>();
        var applied = config.NextApplyAsync();
        app.Services.GetRequiredService<RegistryChanges>().Notify();
        await applied.WaitAsync(GatewayKit.Patience);

        Assert.Empty(config.Sites);
        using var after = await client.GetAsync(uri);
        Assert.Equal(HttpStatusCode.NotFound, after.StatusCode);
    }

    [Fact]
    public void Apply_SameSites_ReportsNoChange()
    {
        using var config = new GatewayConfigProvider(Microsoft.Extensions.Options.Options.Create(new GatewayOptions()), NullLogger<GatewayConfigProvider>.Instance);
        var first = config.GetConfig();

        Assert.True(config.Apply([new GatewaySite("b", "http://10.8.0.2"), new GatewaySite("a", "http://10.8.0.1")]));
        var second = config.GetConfig();
        Assert.False(config.Apply([new GatewaySite("a", "http://10.8.0.1"), new GatewaySite("b", "http://10.8.0.2")]));

        Assert.True(first.ChangeToken.HasChanged);
        Assert.False(second.ChangeToken.HasChanged);
        Assert.Same(second, config.GetConfig());
        Assert.Equal(["site:a", "site:b"], second.Routes.Select(r => r.RouteId));
        Assert.Equal("/sites/a/portal/{**rest}", second.Routes[0].Match.Path);
        Assert.Equal("Operator", second.Routes[0].AuthorizationPolicy);
        Assert.Equal(VsatHealthPolicy.PolicyName, second.Clusters[0].HealthCheck!.Active!.Policy);
    }
}
