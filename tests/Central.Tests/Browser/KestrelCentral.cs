using System.Globalization;
using KimHotspot.Central.Data;
using KimHotspot.Central.Operators;
using KimHotspot.TestKit.Web;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace KimHotspot.Central.Tests.Browser;

/// <summary>
/// Central in-process on a real Kestrel socket (127.0.0.1, ephemeral port) so a browser can reach it, on a fresh SQLite
/// folder, polling live figures every second.
/// </summary>
internal sealed class KestrelCentral : WebApplicationFactory<CentralDb>
{
    public string DataDirectory { get; } =
        Path.Combine(Path.GetTempPath(), "kimhotspot-central-tests", "browser-" + Guid.NewGuid().ToString("N"));

    /// <summary>Starts Kestrel and returns Central's base URL (ending in '/').</summary>
    public Uri Start()
    {
        UseKestrel(0);
        StartServer();
        return ListeningAddress.Of(Services);
    }

    /// <summary>A viewer account with a random password.</summary>
    public async Task<(string User, string Password)> ViewerAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CentralDb>();
        var password = OperatorSecrets.NewPassword();
        var account = new Operator
        {
            UserName = "viewer-" + Guid.NewGuid().ToString("N")[..6], Role = OperatorRole.Viewer,
            SecurityStamp = OperatorSecrets.NewStamp(), CreatedAt = DateTimeOffset.UtcNow,
        };
        account.PasswordHash = scope.ServiceProvider.GetRequiredService<IPasswordHasher<Operator>>().HashPassword(account, password);
        db.Operators.Add(account);
        await db.SaveChangesAsync();
        return (account.UserName, password);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment("Development");
        builder.ConfigureAppConfiguration((_, config) => config.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Central:DataDirectory"] = DataDirectory,
            ["Dashboard:PollInterval"] = "00:00:01",
            ["Dashboard:SlowFiguresCache"] = "00:00:00",
        }));
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
            // a file still open on a slow shutdown: the OS cleans the temp folder later
        }
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"Central on Kestrel in {DataDirectory}");
}
