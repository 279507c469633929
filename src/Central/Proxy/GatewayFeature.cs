using KimHotspot.Central.Sweeper;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Yarp.ReverseProxy.Configuration;
using Yarp.ReverseProxy.Forwarder;
using Yarp.ReverseProxy.Health;

namespace KimHotspot.Central.Proxy;

/// <summary>
/// The site gateway (section <c>Gateway</c>): <c>/sites/{id}/portal/…</c> forwarded to each site's Portal over the
/// site VPN (YARP), routes rebuilt from the registry at run time, operators and admins only, active health checks
/// tuned for VSAT whose verdict is the sweeper's <see cref="IPortalReachability"/> and <c>/api/gateway/health</c>.
/// </summary>
public static class GatewayFeature
{
    public static void AddSiteGateway(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<GatewayOptions>()
            .BindConfiguration(GatewayOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<RegistryChanges>();
        services.AddSingleton<GatewayConfigProvider>();
        services.AddSingleton<GatewayRefresher>();
        services.AddHostedService(provider => provider.GetRequiredService<GatewayRefresher>());
        services.AddReverseProxy().AddTransforms(GatewayTransforms.Apply);
        services.AddSingleton<IProxyConfigProvider>(provider => provider.GetRequiredService<GatewayConfigProvider>());
        services.AddSingleton<IConfigChangeListener>(provider => provider.GetRequiredService<GatewayConfigProvider>());
        services.AddSingleton<VsatHealthPolicy>();
        services.AddSingleton<IActiveHealthCheckPolicy>(provider => provider.GetRequiredService<VsatHealthPolicy>());
        services.Replace(ServiceDescriptor.Singleton<IForwarderHttpClientFactory, GatewayHttpClientFactory>());
        services.AddSingleton<GatewayReachability>();
        // Whether AddSweeper ran before or after: the gateway's verdict is the one reachability.
        services.RemoveAll<IPortalReachability>();
        services.AddSingleton<IPortalReachability>(provider => provider.GetRequiredService<GatewayReachability>());
    }

    public static void MapSiteGateway(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseMiddleware<PrefixSlash>();
        app.MapReverseProxy();
        app.MapGatewayHealth();
    }
}
