namespace KimHotspot.Portal.Features.Admin.Tiers;

/// <summary>Registers the admin console's tiers pages and services.</summary>
public static class AdminTiersFeature
{
    public static void AddAdminTiers(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddScoped<TierSync>();
    }
}
