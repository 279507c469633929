using KimHotspot.Portal.Data;
using KimHotspot.RouterSimulator;
using KimHotspot.TestKit.Web;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace KimHotspot.Portal.Tests.Browser;

/// <summary>
/// The Portal in-process on a real Kestrel socket (127.0.0.1, ephemeral port) so a browser can reach it,
/// on a fresh SQLite folder, pointed at <paramref name="router"/>'s API. Records whether any request
/// reaching the Portal carried the simulator's device header.
/// </summary>
internal sealed class KestrelPortal(SimulatedRouter router, string routerPassword) : WebApplicationFactory<PortalDb>
{
    public string DataDirectory { get; } =
        Path.Combine(Path.GetTempPath(), "kimhotspot-portal-tests", "browser-" + Guid.NewGuid().ToString("N"));

    /// <summary>Requests that reached the Portal with <c>X-Sim-Client-Ip</c> (should stay 0).</summary>
    public HeaderProbe Probe { get; } = new(SimulatedDevice.ClientIpHeader);

    /// <summary>Starts Kestrel and returns the Portal's base URL (ending in '/').</summary>
    public Uri Start()
    {
        UseKestrel(0);
        StartServer();
        return ListeningAddress.Of(Services);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment("Development");
        builder.ConfigureAppConfiguration((_, config) => config.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Portal:DataDirectory"] = DataDirectory,
            ["Router:Host"] = "127.0.0.1",
            ["Router:Port"] = router.ApiPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Router:User"] = router.Options.User,
            ["Router:Password"] = routerPassword,
        }));
        builder.ConfigureServices(services => services.AddSingleton<IStartupFilter>(Probe));
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A file still open on a slow shutdown: the temp folder is cleaned by the OS later.
        }
    }
}
