namespace KimHotspot.Portal.Features.Admin.Settings;

/// <summary>Registers the settings pages (<c>/admin/pengaturan</c>) and the nightly retention job.</summary>
public static class AdminSettingsFeature
{
    public static void AddAdminSettings(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSingleton<RetentionJob>();
        builder.Services.AddHostedService(services => services.GetRequiredService<RetentionJob>());
    }
}
