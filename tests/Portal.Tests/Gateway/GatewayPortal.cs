using KimHotspot.Portal.Data;
using KimHotspot.Portal.Features.Admin.Access;
using KimHotspot.RouterSimulator;
using KimHotspot.TestKit.Web;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace KimHotspot.Portal.Tests.Gateway;

/// <summary>
/// A Portal on a real Kestrel socket (loopback, ephemeral port) that trusts loopback as its gateway, so a real
/// Central in the same process can forward to it; with its own simulated router and SQLite folder.
/// </summary>
internal sealed class GatewayPortal : WebApplicationFactory<PortalDb>
{
    private const string RouterPassword = "gateway-test-secret";

    private readonly SimulatedRouter _router;
    private readonly string _data = Path.Combine(Path.GetTempPath(), "kimhotspot-portal-tests", "gateway-" + Guid.NewGuid().ToString("N"));

    private GatewayPortal(SimulatedRouter router) => _router = router;

    /// <summary>The Portal's base address, e.g. <c>http://127.0.0.1:41234</c>.</summary>
    public string Url { get; private set; } = "";

    public static async Task<GatewayPortal> StartAsync()
    {
        var router = new SimulatedRouter(new SimulatorOptions { ApiPort = 0, User = "admin", Password = RouterPassword });
        await router.StartAsync();
        var portal = new GatewayPortal(router);
        portal.UseKestrel(0);
        portal.StartServer();
        portal.Url = ListeningAddress.Of(portal.Services).ToString().TrimEnd('/');
        return portal;
    }

    /// <summary>A KIM admin account of <paramref name="role"/>; returns its name and password.</summary>
    public async Task<(string Username, string Password)> CreateAdminAsync(AdminRole role)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDb>();
        var name = "admin-" + Guid.NewGuid().ToString("N")[..6];
        var password = AdminSecrets.NewPassword();
        var account = new AdminAccount { Username = name, DisplayName = name, Role = role, SecurityStamp = AdminSecrets.NewStamp(), CreatedAt = DateTimeOffset.UtcNow };
        account.PasswordHash = scope.ServiceProvider.GetRequiredService<IPasswordHasher<AdminAccount>>().HashPassword(account, password);
        db.AdminAccounts.Add(account);
        await db.SaveChangesAsync();
        return (name, password);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment("Development");
        builder.ConfigureAppConfiguration((_, config) => config.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Portal:DataDirectory"] = _data,
            ["Router:Host"] = "127.0.0.1",
            ["Router:Port"] = _router.ApiPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Router:User"] = "admin",
            ["Router:Password"] = RouterPassword,
            ["Gateway:TrustedProxies:0"] = "127.0.0.1",
            ["Gateway:TrustedProxies:1"] = "::1",
        }));
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await _router.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_data, recursive: true);
        }
        catch (IOException)
        {
            // still open on a slow shutdown: the OS cleans the temp folder later
        }
    }
}
