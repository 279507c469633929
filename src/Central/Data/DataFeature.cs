using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace KimHotspot.Central.Data;

/// <summary>Registers Central's database (SQLite, WAL) and the data-protection keys beside it.</summary>
public static class DataFeature
{
    public static void AddCentralData(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<CentralDataOptions>()
            .BindConfiguration(CentralDataOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton(TimeProvider.System);
        // Keys that sign operator cookies and protect site keys live beside the database: a restart keeps both usable.
        builder.Services.AddDataProtection().SetApplicationName("KimHotspot.Central");
        builder.Services.AddOptions<KeyManagementOptions>()
            .Configure<IOptions<CentralDataOptions>, ILoggerFactory>((keys, data, logs) =>
                keys.XmlRepository = new FileSystemXmlRepository(
                    Directory.CreateDirectory(Path.Combine(data.Value.DataDirectory, "keys")), logs));
        builder.Services.AddDbContextPool<CentralDb>((services, options) =>
        {
            var data = services.GetRequiredService<IOptions<CentralDataOptions>>().Value;
            Directory.CreateDirectory(data.DataDirectory);
            var path = Path.GetFullPath(Path.Combine(data.DataDirectory, "central.db"));
            options.UseSqlite($"Data Source={path};Pooling=True;Default Timeout=30");
        });
    }

    /// <summary>Applies pending migrations and turns on write-ahead logging (readers never wait for a writer).</summary>
    public static async Task MigrateCentralDataAsync(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CentralDb>();
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
        await db.Database.MigrateAsync();
    }
}
