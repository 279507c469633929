using KimHotspot.RouterSimulator;

namespace KimHotspot.Portal.Tests.Browser;

/// <summary>
/// A simulated village for browser tests: the router (API and hotspot pages on ephemeral loopback ports) and the
/// Portal on Kestrel, with the router's login page redirecting to the Portal's <c>/hs</c>.
/// </summary>
internal sealed class BrowserVillage : IAsyncDisposable
{
    private BrowserVillage(SimulatorHost sim, KestrelPortal portal, Uri portalUrl)
    {
        Sim = sim;
        Portal = portal;
        PortalUrl = portalUrl;
    }

    public SimulatorHost Sim { get; }

    public KestrelPortal Portal { get; }

    public Uri PortalUrl { get; }

    public static async Task<BrowserVillage> StartAsync(string routerPassword)
    {
        var sim = await SimulatorHost.StartAsync(new SimulatorOptions { ApiPort = 0, HttpPort = -1, ControlPort = 0, Password = routerPassword });
        var portal = new KestrelPortal(sim.Router, routerPassword);
        var portalUrl = portal.Start();
        sim.Router.Options.PortalUrl = new Uri(portalUrl, "hs").ToString();
        return new BrowserVillage(sim, portal, portalUrl);
    }

    public async ValueTask DisposeAsync()
    {
        await Portal.DisposeAsync();
        await Sim.DisposeAsync();
    }
}
