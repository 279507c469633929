using KimHotspot.Central.Bulletins;
using KimHotspot.Central.Data;
using KimHotspot.Central.Sites;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace KimHotspot.Portal.Tests.CityBulletins;

/// <summary>A real Central in-process (its own SQLite folder) that a Portal under test pulls bulletins from.</summary>
internal sealed class CentralHost : WebApplicationFactory<CentralDb>
{
    private readonly string _data = Path.Combine(Path.GetTempPath(), "kimhotspot-portal-central", Guid.NewGuid().ToString("N"));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment("Development");
        builder.ConfigureAppConfiguration((_, config) => config.AddInMemoryCollection(new Dictionary<string, string?> { ["Central:DataDirectory"] = _data }));
    }

    /// <summary>Registers a site with one key; returns the key text.</summary>
    public async Task<string> AddSiteAsync(string siteId)
    {
        var key = SiteKeyText.New();
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CentralDb>();
        var keyring = scope.ServiceProvider.GetRequiredService<SiteKeyring>();
        db.Sites.Add(new Site { Id = siteId, Name = "Desa " + siteId, Kecamatan = "Kotamobagu Barat", CreatedAt = DateTimeOffset.UtcNow });
        db.SiteKeys.Add(new SiteKey { SiteId = siteId, ProtectedSecret = keyring.Protect(key), CreatedAt = DateTimeOffset.UtcNow });
        await db.SaveChangesAsync();
        keyring.Forget(siteId);
        return key;
    }

    /// <summary>Writes (or, with <paramref name="change"/>, changes) a bulletin as an operator would.</summary>
    public async Task<CityBulletin> SaveBulletinAsync(long? id, Action<CityBulletin> change)
    {
        ArgumentNullException.ThrowIfNull(change);
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CentralDb>();
        var bulletin = id is { } existing
            ? (await db.CityBulletins.FindAsync(existing))!
            : new CityBulletin { Title = "", Body = "", CreatedBy = "dinas", PublishAt = DateTimeOffset.UtcNow.AddMinutes(-1), AllSites = true };
        change(bulletin);
        await scope.ServiceProvider.GetRequiredService<BulletinChanges>().SaveAsync(bulletin, "dinas", "bulletin.test", CancellationToken.None);
        return bulletin;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
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
