using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Options;

namespace KimHotspot.Portal.Data;

/// <summary>Registers the village database and applies migrations at start.</summary>
public static class DataFeature
{
    public static void AddPortalData(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<PortalDataOptions>()
            .BindConfiguration(PortalDataOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton(TimeProvider.System);
        // Keys that sign admin cookies and protect TOTP secrets live beside the database, so a restart
        // (or an upgrade) keeps admins signed in and second factors readable.
        builder.Services.AddDataProtection().SetApplicationName("KimHotspot.Portal");
        builder.Services.AddOptions<KeyManagementOptions>()
            .Configure<IOptions<PortalDataOptions>, ILoggerFactory>((keys, data, logs) =>
                keys.XmlRepository = new FileSystemXmlRepository(
                    Directory.CreateDirectory(Path.Combine(data.Value.DataDirectory, "keys")), logs));
        builder.Services.AddSingleton<IInterceptor, SqliteBusyWait>();
        // Pooled: the options are built once and contexts are reused, so a page view pays for its query only.
        builder.Services.AddDbContextPool<PortalDb>((services, options) =>
        {
            var data = services.GetRequiredService<IOptions<PortalDataOptions>>().Value;
            Directory.CreateDirectory(data.DataDirectory);
            var path = Path.GetFullPath(Path.Combine(data.DataDirectory, "portal.db"));
            options.UseSqlite($"Data Source={path};Pooling=True");
            options.AddInterceptors(services.GetServices<IInterceptor>());
        });
    }

    /// <summary>Applies pending migrations and turns on write-ahead logging (readers never wait for a writer).</summary>
    public static async Task MigratePortalDataAsync(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDb>();
        await db.Database.MigrateAsync();
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
    }
}
