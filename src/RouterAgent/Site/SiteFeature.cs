using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace KimHotspot.RouterAgent.Site;

/// <summary>Registers the site identity (section <c>Site</c>, validated at start) and the clock-sync check.</summary>
public static class SiteFeature
{
    public static void AddSite(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<SiteOptions>()
            .BindConfiguration(SiteOptions.Section)
            .ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<SiteOptions>, SiteOptionsValidator>();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(services => new ClockSync(
            services.GetRequiredService<IOptions<SiteOptions>>().Value.ClockSync,
            services.GetRequiredService<TimeProvider>()));
    }
}
