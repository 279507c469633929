using System.Net;
using System.Net.Http.Json;
using KimHotspot.Central.Proxy;
using KimHotspot.Central.Sweeper;
using KimHotspot.Central.Tests.CentralFixture;
using Microsoft.Extensions.DependencyInjection;
using Yarp.ReverseProxy.Model;

namespace KimHotspot.Central.Tests.Proxy;

/// <summary>Active health checks against a test Portal, as the sweeper and the dashboard see them.</summary>
public sealed class GatewayHealthTests
{
    private const string SiteId = "71.74.04.2003";

    [Fact]
    public async Task HealthCheck_PortalStops_VerdictFlipsToUnhealthy()
    {
        var portal = await TestPortal.StartAsync();
        await using var _ = portal;
        await using var app = CentralApp.Create(GatewayKit.FastHealth());
        await GatewayKit.AddPortalSiteAsync(app, SiteId, portal.Url);
        var reachability = app.Services.GetRequiredService<IPortalReachability>();
        using var viewer = await OperatorKit.SignedInClientAsync(app, "Viewer");

        await GatewayKit.WaitForVerdictAsync(app, SiteId, DestinationHealth.Healthy);
        Assert.True(reachability.IsReachable(SiteId));
        Assert.Equal("healthy", (await SiteHealthAsync(viewer)).Verdict);
        Assert.Contains("id=\"portal-gateway\">terjangkau<", await viewer.GetStringAsync(new Uri("/sites/" + SiteId, UriKind.Relative)), StringComparison.Ordinal);

        await portal.StopAsync();
        await GatewayKit.WaitForVerdictAsync(app, SiteId, DestinationHealth.Unhealthy);

        Assert.False(reachability.IsReachable(SiteId));
        var after = await SiteHealthAsync(viewer);
        Assert.Equal(("unhealthy", false), (after.Verdict, after.Reachable));
        Assert.Equal($"/sites/{SiteId}/portal/", after.Path);
        // The verdict shows on the site's dashboard page.
        Assert.Contains("id=\"portal-gateway\">tidak terjangkau<", await viewer.GetStringAsync(new Uri("/sites/" + SiteId, UriKind.Relative)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task IsReachable_SiteWithoutPortal_Null()
    {
        await using var app = CentralApp.Create(GatewayKit.FastHealth());
        await Sites.SiteKit.AddSiteAsync(app, "71.74.04.2004", "Tanpa Portal");

        Assert.IsType<GatewayReachability>(app.Services.GetRequiredService<IPortalReachability>());
        Assert.Null(app.Services.GetRequiredService<IPortalReachability>().IsReachable("71.74.04.2004"));
    }

    [Fact]
    public async Task HealthEndpoint_Anonymous_Refused()
    {
        await using var app = CentralApp.Create(GatewayKit.FastHealth());
        using var client = OperatorKit.AnonymousClient(app);

        using var response = await client.GetAsync(new Uri(GatewayHealthEndpoint.Path, UriKind.Relative));

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
    }

    private static async Task<GatewaySiteHealth> SiteHealthAsync(HttpClient client)
    {
        var answer = await client.GetFromJsonAsync<GatewayHealthAnswer>(new Uri(GatewayHealthEndpoint.Path, UriKind.Relative));
        return Assert.Single(answer!.Sites, s => s.SiteId == SiteId);
    }
}
