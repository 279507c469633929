using KimHotspot.RouterOs;
using KimHotspot.RouterOs.Connection;
using Microsoft.Extensions.Options;

namespace KimHotspot.Portal.Router;

/// <summary>Registers the reconnecting RouterOS client and the hotspot gateway built on it.</summary>
public static class RouterFeature
{
    public static void AddRouter(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<RouterOptions>()
            .BindConfiguration(RouterOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton(services =>
        {
            var o = services.GetRequiredService<IOptions<RouterOptions>>().Value;
            var client = new RouterOsClient(new RouterOsConnectionOptions
            {
                Host = o.Host,
                Port = o.Port,
                UserName = o.User,
                Password = o.Password,
                UseTls = o.UseTls,
                CertificateThumbprint = o.CertificateThumbprint,
                CommandTimeout = o.CommandTimeout,
                TimeProvider = services.GetRequiredService<TimeProvider>(),
                LoggerFactory = services.GetRequiredService<ILoggerFactory>(),
            });
            // A dropped or new connection may mean a rebooted or reconfigured router: check users and profiles again.
            var users = services.GetRequiredService<UserCache>();
            var profiles = services.GetRequiredService<ProfileCache>();
            client.StateChanged += (_, _) =>
            {
                users.Clear();
                profiles.Clear();
            };
            return client;
        });
        builder.Services.AddSingleton<IRouterOsApi>(services => services.GetRequiredService<RouterOsClient>());
        builder.Services.AddSingleton<ProfileCache>();
        builder.Services.AddSingleton<UserCache>();
        builder.Services.AddSingleton<HotspotGateway>();
        builder.Services.AddHostedService<RouterWarmup>();
    }
}
