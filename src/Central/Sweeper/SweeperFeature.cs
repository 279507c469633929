using Microsoft.Extensions.DependencyInjection.Extensions;

namespace KimHotspot.Central.Sweeper;

/// <summary>Registers the sweeper (section <c>Sweeper</c>), the status board and the default Portal reachability.</summary>
public static class SweeperFeature
{
    public static void AddSweeper(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSweeperServices();
    }

    /// <summary>The registrations behind <see cref="AddSweeper"/> (tests use them on a plain service collection).</summary>
    public static IServiceCollection AddSweeperServices(this IServiceCollection services)
    {
        services.AddOptions<SweeperOptions>()
            .BindConfiguration(SweeperOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        // The site gateway replaces this with its health-check verdict (registered before or after: TryAdd here).
        services.TryAddSingleton<IPortalReachability, UnknownPortalReachability>();
        services.AddSingleton<SiteStatusBoard>();
        services.AddSingleton<ISiteStatusBoard>(provider => provider.GetRequiredService<SiteStatusBoard>());
        services.AddSingleton<SiteSweeper>();
        services.AddHostedService(provider => provider.GetRequiredService<SiteSweeper>());
        return services;
    }
}
