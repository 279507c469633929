using KimHotspot.Portal.Data;
using KimHotspot.RouterSimulator;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;

namespace KimHotspot.Portal.Tests.Login;

/// <summary>
/// Like PortalApp, but the router is a whole <see cref="SimulatorHost"/> with its hotspot HTTP front, so a test
/// can follow the router's redirect to the Portal and post the fallback login back to the router.
/// </summary>
internal sealed class FrontedPortalApp : WebApplicationFactory<PortalDb>
{
    public const string PortalUrl = "http://portal.test/hs";

    private readonly Dictionary<string, string?> _settings;

    private FrontedPortalApp(SimulatorHost host, string data, Dictionary<string, string?> settings)
    {
        Host = host;
        DataDirectory = data;
        _settings = settings;
    }

    public SimulatorHost Host { get; }

    public string DataDirectory { get; }

    public static async Task<FrontedPortalApp> StartAsync(IDictionary<string, string?>? settings = null)
    {
        var host = await SimulatorHost.StartAsync(new SimulatorOptions
        {
            ApiPort = 0, HttpPort = -1, ControlPort = 0, Password = "front-test", PortalUrl = PortalUrl,
        });
        var data = Path.Combine(Path.GetTempPath(), "kimhotspot-portal-tests", Guid.NewGuid().ToString("N"));
        var all = new Dictionary<string, string?>
        {
            ["Portal:DataDirectory"] = data,
            ["Router:Host"] = "127.0.0.1",
            ["Router:Port"] = host.Router.ApiPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Router:User"] = "admin",
            ["Router:Password"] = "front-test",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        return new FrontedPortalApp(host, data, all);
    }

    /// <summary>A client for the simulator's hotspot front acting as the device at <paramref name="ip"/>.</summary>
    public HttpClient FrontClient(string ip)
    {
        var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = Host.HotspotUrl };
        client.DefaultRequestHeaders.Add("X-Sim-Client-Ip", ip);
        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment("Development");
        builder.ConfigureAppConfiguration((_, config) => config.AddInMemoryCollection(_settings));
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Host.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // Cleaned by the OS later.
        }
    }
}
