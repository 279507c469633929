namespace KimHotspot.Portal.Features.CityBulletins;

/// <summary>
/// Registers the pull of Diskominfo's city-wide bulletins (section <c>Central</c>); without <c>Central:Url</c> the
/// puller starts and stops at once.
/// </summary>
public static class CityBulletinsFeature
{
    public static void AddCityBulletins(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<CentralOptions>()
            .BindConfiguration(CentralOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddHttpClient(CityBulletinPuller.HttpClientName);
        builder.Services.AddSingleton<CityBulletinPuller>();
        builder.Services.AddHostedService(s => s.GetRequiredService<CityBulletinPuller>());
    }
}
