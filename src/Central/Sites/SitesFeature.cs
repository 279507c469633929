using Microsoft.Extensions.DependencyInjection.Extensions;

namespace KimHotspot.Central.Sites;

/// <summary>The site registry: the keyring ingest checks signatures with, and the key changes the registry pages make.</summary>
public static class SitesFeature
{
    public static void AddSites(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.TryAddSingleton<SiteKeyring>();
        builder.Services.AddScoped<SiteKeyChanges>();
    }
}
