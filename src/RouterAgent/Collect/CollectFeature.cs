using KimHotspot.RouterAgent.Outbox;
using KimHotspot.RouterAgent.Site;
using KimHotspot.RouterAgent.Upload;
using KimHotspot.RouterOs;
using KimHotspot.RouterOs.Connection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace KimHotspot.RouterAgent.Collect;

/// <summary>
/// Registers the router client (section <c>Router</c>, the same keys as the Portal's), the samplers and the collector
/// (section <c>Collect</c>), run as a hosted service.
/// </summary>
public static class CollectFeature
{
    public static void AddCollect(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<CollectOptions>()
            .BindConfiguration(CollectOptions.Section)
            // An empty PortalHealthUrl means no Portal to watch: the generated binder skips empty values (keeping the default).
            .Configure<IConfiguration>((o, config) =>
                o.PortalHealthUrl = config[CollectOptions.Section + ":PortalHealthUrl"] is "" ? null : o.PortalHealthUrl)
            .ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<CollectOptions>, CollectOptionsValidator>();
        builder.Services.AddOptions<RouterOsConnectionOptions>()
            .Configure<IConfiguration>((o, config) => (config.GetSection("Router").Get<RouterSection>() ?? new()).ApplyTo(o))
            .Validate(o => !string.IsNullOrWhiteSpace(o.Host), "Router:Host is required.")
            .Validate(o => !string.IsNullOrEmpty(o.Password), "Router:Password is required (environment Router__Password or a secrets file).")
            .ValidateOnStart();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(services =>
        {
            var o = services.GetRequiredService<IOptions<RouterOsConnectionOptions>>().Value;
            o.TimeProvider = services.GetRequiredService<TimeProvider>();
            o.LoggerFactory = services.GetRequiredService<ILoggerFactory>();
            return new RouterOsClient(o);
        });
        builder.Services.AddSingleton<IRouterOsApi>(services => services.GetRequiredService<RouterOsClient>());
        builder.Services.AddSingleton(services => new Collector(
            services.GetRequiredService<ReportOutbox>(),
            services.GetRequiredService<IOptions<CollectOptions>>().Value,
            services.GetRequiredService<IOptions<SiteOptions>>().Value,
            services.GetRequiredService<ClockSync>(),
            services.GetRequiredService<TimeProvider>(),
            new RouterPoller(services.GetRequiredService<IRouterOsApi>(), services.GetRequiredService<TimeProvider>(),
                services.GetRequiredService<ILogger<RouterPoller>>()),
            CreateHotspotPoller(services),
            CreatePortalProbe(services),
            new AgentProbe(services.GetRequiredService<ReportOutbox>(), () => services.GetService<Uploader>()?.ClockOffset),
            services.GetRequiredService<ILogger<Collector>>()));
        builder.Services.AddHostedService<CollectService>();
    }

    private static HotspotPoller CreateHotspotPoller(IServiceProvider services)
    {
        var time = services.GetRequiredService<TimeProvider>();
        var site = services.GetRequiredService<IOptions<SiteOptions>>().Value;
        var outbox = services.GetRequiredService<IOptions<OutboxOptions>>().Value;
        return new HotspotPoller(
            services.GetRequiredService<IRouterOsApi>(),
            time,
            DeviceSalt.LoadOrCreate(outbox.Directory),
            site.Zone(time.LocalTimeZone),
            services.GetRequiredService<IOptions<CollectOptions>>().Value.HotspotPoller(),
            services.GetRequiredService<ILogger<HotspotPoller>>());
    }

    private static PortalProbe? CreatePortalProbe(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<CollectOptions>>().Value;
        return options.PortalHealthUrl is not { } url
            ? null
            : new PortalProbe(new HttpClient { Timeout = Timeout.InfiniteTimeSpan }, url, options.PortalTimeout,
                services.GetRequiredService<TimeProvider>(), services.GetRequiredService<ILogger<PortalProbe>>());
    }
}
