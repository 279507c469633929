using System.Globalization;
using KimHotspot.Central.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace KimHotspot.Central.Tests.CentralFixture;

/// <summary>Central in-process (WebApplicationFactory) on a fresh SQLite folder; dispose deletes it.</summary>
internal sealed class CentralApp : WebApplicationFactory<CentralDb>
{
    private readonly Dictionary<string, string?> _settings;

    private CentralApp(string dataDirectory, Dictionary<string, string?> settings) =>
        (DataDirectory, _settings) = (dataDirectory, settings);

    public string DataDirectory { get; }

    /// <summary>A Central with its own data folder; <paramref name="settings"/> override configuration keys.</summary>
    public static CentralApp Create(IDictionary<string, string?>? settings = null, string? dataDirectory = null)
    {
        var data = dataDirectory ?? Path.Combine(Path.GetTempPath(), "kimhotspot-central-tests", Guid.NewGuid().ToString("N"));
        var all = new Dictionary<string, string?> { ["Central:DataDirectory"] = data };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        return new CentralApp(data, all);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment("Development");
        builder.ConfigureAppConfiguration((_, config) => config.AddInMemoryCollection(_settings));
    }

    /// <summary>A client that does not follow redirects.</summary>
    public HttpClient Client() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>Runs <paramref name="work"/> with a fresh database context.</summary>
    public async Task<T> WithDbAsync<T>(Func<CentralDb, Task<T>> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<CentralDb>());
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

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"Central in {DataDirectory}");
}
