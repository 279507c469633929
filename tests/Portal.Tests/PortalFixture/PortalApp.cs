using KimHotspot.RouterSimulator;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;

namespace KimHotspot.Portal.Tests.PortalFixture;

/// <summary>
/// The Portal in-process (WebApplicationFactory) on a fresh SQLite file, wired to a simulated router
/// on an ephemeral loopback port. Dispose deletes the data folder.
/// </summary>
// Program is ambiguous here (the simulator has one too); any Portal type names the entry assembly.
internal sealed class PortalApp : WebApplicationFactory<KimHotspot.Portal.Data.PortalDb>
{
    public const string RouterPassword = "router-test-secret";

    private readonly Dictionary<string, string?> _settings;

    private PortalApp(SimulatedRouter router, string dataDirectory, Dictionary<string, string?> settings)
    {
        Router = router;
        DataDirectory = dataDirectory;
        _settings = settings;
    }

    public SimulatedRouter Router { get; }

    public string DataDirectory { get; }

    /// <summary>Starts a router (version <paramref name="rosVersion"/>) and a Portal pointed at it.</summary>
    public static async Task<PortalApp> StartAsync(
        string rosVersion = "7.19", IDictionary<string, string?>? settings = null, SimulatorOptions? routerOptions = null)
    {
        routerOptions ??= new SimulatorOptions();
        routerOptions.ApiPort = 0;
        routerOptions.Password = RouterPassword;
        routerOptions.RosVersion = rosVersion;
        routerOptions.User = "admin";
        var router = new SimulatedRouter(routerOptions);
        await router.StartAsync();
        var data = Path.Combine(Path.GetTempPath(), "kimhotspot-portal-tests", Guid.NewGuid().ToString("N"));
        var all = new Dictionary<string, string?>
        {
            ["Portal:DataDirectory"] = data,
            ["Router:Host"] = "127.0.0.1",
            ["Router:Port"] = router.ApiPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Router:User"] = "admin",
            ["Router:Password"] = RouterPassword,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        return new PortalApp(router, data, all);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment("Development");
        builder.ConfigureAppConfiguration((_, config) => config.AddInMemoryCollection(_settings));
    }

    /// <summary>A client that does not follow redirects (tests look at each hop).</summary>
    public HttpClient Client() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Router.DisposeAsync();
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
