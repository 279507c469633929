namespace KimHotspot.Portal.Features.Admin.Settings;

/// <summary>Registers the admin console's settings pages and services.</summary>
public static class AdminSettingsFeature
{
    public static void AddAdminSettings(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
    }
}
